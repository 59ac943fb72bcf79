"""Mostly a first-token sink; otherwise recent tokens, content words and earlier copies of the query token.

head: L21H7
heldout_iou: 0.398
heldout_iou_no_bos: 0.345
name: L21H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L21H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.91, 'first'),                          # a first-token sink: 38%
    (-0.69, 'log_distance'),                  # recent tokens: 24%
    (0.36, 'key_class', 'CONTENT'),           # content words: 5%
    (0.38, 'same_token'),                     # earlier copies of the query token: 3%
    (0.63, 'last', 'PERIOD'),                 # the last period: 2%
    (1.24, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (-0.09, 'same_word'),                     # away from the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
