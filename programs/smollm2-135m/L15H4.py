"""Mostly a first-token sink; otherwise the query's own sentence, periods and away from determiners.

head: L15H4
heldout_iou: 0.587
heldout_iou_no_bos: 0.478
name: L15H4
form: terms
terms: 9
origin: synthesized (search/terms)
target: L15H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.81, 'first'),                          # a first-token sink: 63%
    (1.43, 'same_sentence'),                  # the query's own sentence: 13%
    (1.94, 'key_class', 'PERIOD'),            # periods: 5%
    (-1.09, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.19, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-0.94, 'key_class', 'NAME'),             # away from names: 1%
    (0.49, 'distance', 1),                    # the previous token: 1%
    (0.83, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.52, 'last', 'VERB_ED'),                # the last -ed verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
