"""Mostly a first-token sink; otherwise away from the query's own sentence, content word -> first token and names.

head: L21H8
heldout_iou: 0.620
heldout_iou_no_bos: 0.291
name: L21H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L21H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.91, 'first'),                          # a first-token sink: 70%
    (-1.17, 'same_sentence'),                 # away from the query's own sentence: 5%
    (0.75, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.47, 'key_class', 'NAME'),              # names: 3%
    (0.54, 'key_class', 'CONTENT'),           # content words: 3%
    (1.25, 'same_token'),                     # earlier copies of the query token: 1%
    (1.45, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.55, 'key_token', '.'),                 # the token '.': 1%
    (0.52, 'key_class', 'PERIOD'),            # periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
