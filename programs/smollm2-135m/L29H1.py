"""Mainly the token itself (54%); otherwise the first token, the query's own sentence and the previous token.

head: L29H1
heldout_iou: 0.588
heldout_iou_no_bos: 0.617
name: L29H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L29H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.58, 'distance', 0),                    # the token itself: 53%
    (4.1, 'first'),                           # the first token: 15%
    (0.8, 'same_sentence'),                   # the query's own sentence: 10%
    (0.74, 'distance', 1),                    # the previous token: 9%
    (-0.92, 'log_distance'),                  # recent tokens: 5%
    (1.86, 'key_class', 'PERIOD'),            # periods: 4%
    (1.59, 'same_token'),                     # earlier copies of the query token: 2%
    (0.18, 'last', 'CONTENT'),                # the last content word: 1%
    (0.14, 'embed_cosine'),                   # tokens similar to the query: 1%
    (0.1, 'same_word'),                       # the query's own word: 0%
    (1.7, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'),  # subject pronoun -> subject pronoun: 0%
    (-1.59, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (0.41, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.35, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
    (-0.3, 'key_class', 'CONTENT'),           # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
