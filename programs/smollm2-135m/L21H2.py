"""Mostly a first-token sink; otherwise the query's own sentence, content word -> first token and the token ' and'.

head: L21H2
heldout_iou: 0.679
heldout_iou_no_bos: 0.367
name: L21H2
form: terms
terms: 7
origin: synthesized (search/terms)
target: L21H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.17, 'first'),                          # a first-token sink: 75%
    (0.83, 'same_sentence'),                  # the query's own sentence: 5%
    (0.66, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.56, 'key_token', ' and'),              # the token ' and': 2%
    (1.02, 'key_class', 'NUMBER'),            # numbers: 1%
    (0.87, 'last', 'NUMBER'),                 # the last number: 1%
    (1.44, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
