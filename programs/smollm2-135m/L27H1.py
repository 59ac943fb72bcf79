"""Mainly recent tokens; otherwise the query's own sentence, a first-token sink and earlier copies of the query token.

head: L27H1
heldout_iou: 0.519
heldout_iou_no_bos: 0.512
name: L27H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L27H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.62, 'log_distance'),                  # recent tokens: 34%
    (1.56, 'same_sentence'),                  # the query's own sentence: 33%
    (5.15, 'first'),                          # a first-token sink: 29%
    (0.75, 'same_token'),                     # earlier copies of the query token: 13%
    (1.33, 'distance', 1),                    # the previous token: 12%
    (0.51, 'embed_cosine'),                   # tokens similar to the query: 10%
    (1.8, 'key_class', 'PERIOD'),             # periods: 7%
    (0.27, 'distance', 0),                    # the token itself: 5%
    (0.84, 'distance', 2),                    # the token 2 back: 4%
    (-2.4, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 3%
    (1.27, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (1.26, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (0.1, 'same_word'),                       # the query's own word: 2%
    (-0.27, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (-0.26, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (0.87, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
