"""Mostly a first-token sink; otherwise content words, names and earlier copies of the query token.

head: L29H8
heldout_iou: 0.658
heldout_iou_no_bos: 0.432
name: L29H8
form: terms
terms: 10
origin: synthesized (search/terms)
target: L29H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.79, 'first'),                          # a first-token sink: 67%
    (0.62, 'key_class', 'CONTENT'),           # content words: 5%
    (1.43, 'key_class', 'NAME'),              # names: 3%
    (0.86, 'same_token'),                     # earlier copies of the query token: 2%
    (0.87, 'key_class', 'PERIOD'),            # periods: 2%
    (0.17, 'same_sentence'),                  # the query's own sentence: 1%
    (1.8, 'pair', 'PERIOD', 'NAME'),          # period -> name: 1%
    (0.93, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.71, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.38, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
