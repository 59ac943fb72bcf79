"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the query's own word.

head: L27H4
heldout_iou: 0.609
heldout_iou_no_bos: 0.594
name: L27H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L27H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.82, 'first'),                          # a first-token sink: 55%
    (-0.45, 'log_distance'),                  # recent tokens: 22%
    (1.28, 'same_sentence'),                  # the query's own sentence: 21%
    (2.08, 'same_word'),                      # the query's own word: 20%
    (2.68, 'distance', 1),                    # the previous token: 12%
    (0.74, 'embed_cosine'),                   # tokens similar to the query: 11%
    (0.31, 'same_token'),                     # earlier copies of the query token: 5%
    (0.24, 'distance', 0),                    # the token itself: 4%
    (1.77, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (1.72, 'distance', 2),                    # the token 2 back: 2%
    (0.27, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-1.51, 'pair', 'DET', 'BOS'),            # away from determiner -> first token: 2%
    (0.97, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-1.48, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.07, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
