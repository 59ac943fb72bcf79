"""Mostly a first-token sink; otherwise the token after an earlier copy of the query (induction), name -> the token after a name and away from tokens similar to the query.

head: L17H4
heldout_iou: 0.791
heldout_iou_no_bos: 0.221
name: L17H4
form: terms
terms: 5
origin: synthesized (search/terms)
target: L17H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (11.8, 'first'),                          # a first-token sink: 89%
    (7.44, 'induction'),                      # the token after an earlier copy of the query (induction): 3%
    (3.49, 'after', 'NAME', 'NAME'),          # name -> the token after a name: 2%
    (-2.27, 'embed_cosine'),                  # away from tokens similar to the query: 2%
    (-1.0, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
