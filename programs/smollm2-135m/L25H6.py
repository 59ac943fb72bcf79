"""Mainly the first token (55%); otherwise the token itself, the previous token and the query's own sentence.

head: L25H6
heldout_iou: 0.584
heldout_iou_no_bos: 0.498
name: L25H6
form: terms
terms: 16
origin: synthesized (search/terms)
target: L25H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.14, 'first'),                          # the first token: 55%
    (0.61, 'distance', 0),                    # the token itself: 13%
    (1.13, 'distance', 1),                    # the previous token: 11%
    (1.34, 'same_sentence'),                  # the query's own sentence: 8%
    (0.7, 'distance', 2),                     # the token 2 back: 6%
    (0.84, 'key_class', 'PERIOD'),            # periods: 4%
    (-0.63, 'log_distance'),                  # recent tokens: 2%
    (0.88, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 1%
    (0.36, 'same_word'),                      # the query's own word: 0%
    (0.12, 'embed_cosine'),                   # tokens similar to the query: 0%
    (2.25, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 0%
    (-1.19, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 0%
    (-0.52, 'key_class', 'CONTENT'),          # away from content words: 0%
    (-0.38, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.3, 'key_class', 'PREP'),              # away from prepositions: 0%
    (-0.17, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
