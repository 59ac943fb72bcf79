"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and recent tokens.

head: L28H3
heldout_iou: 0.738
heldout_iou_no_bos: 0.477
name: L28H3
form: terms
terms: 8
origin: synthesized (search/terms)
target: L28H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.18, 'first'),                          # a first-token sink: 80%
    (1.66, 'same_sentence'),                  # the query's own sentence: 10%
    (1.32, 'same_token'),                     # earlier copies of the query token: 4%
    (-0.15, 'log_distance'),                  # recent tokens: 4%
    (0.38, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.78, 'distance', 1),                    # the previous token: 1%
    (0.94, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.17, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
