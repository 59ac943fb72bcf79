"""Mostly the first token (73%); otherwise the query's own sentence, the token itself and content words.

head: L27H7
heldout_iou: 0.618
heldout_iou_no_bos: 0.438
name: L27H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L27H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.15, 'first'),                          # the first token: 73%
    (3.21, 'same_sentence'),                  # the query's own sentence: 12%
    (0.54, 'distance', 0),                    # the token itself: 6%
    (0.19, 'key_class', 'CONTENT'),           # content words: 4%
    (2.14, 'key_class', 'PERIOD'),            # periods: 3%
    (1.43, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (-0.65, 'embed_cosine'),                  # away from tokens similar to the query: 1%
    (-0.35, 'log_distance'),                  # recent tokens: 0%
    (-1.01, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
    (0.59, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.25, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
