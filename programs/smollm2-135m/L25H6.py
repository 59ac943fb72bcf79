"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L25H6
heldout_iou: 0.564
heldout_iou_no_bos: 0.494
name: L25H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L25H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.18, 'first'),                          # a first-token sink: 62%
    (1.94, 'same_sentence'),                  # the query's own sentence: 24%
    (-0.48, 'log_distance'),                  # recent tokens: 20%
    (1.15, 'same_token'),                     # earlier copies of the query token: 8%
    (1.48, 'distance', 1),                    # the previous token: 7%
    (1.83, 'key_class', 'PERIOD'),            # periods: 4%
    (-0.44, 'key_class', 'CONTENT'),          # away from content words: 4%
    (1.01, 'distance', 2),                    # the token 2 back: 3%
    (1.51, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.56, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.54, 'key_class', 'PREP'),             # away from prepositions: 1%
    (0.12, 'distance', 0),                    # the token itself: 1%
    (-0.11, 'same_word'),                     # away from the query's own word: 1%
    (-1.05, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
