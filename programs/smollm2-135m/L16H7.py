"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L16H7
heldout_iou: 0.537
heldout_iou_no_bos: 0.479
name: L16H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.46, 'first'),                          # a first-token sink: 42%
    (2.72, 'same_sentence'),                  # the query's own sentence: 40%
    (1.5, 'distance', 1),                     # the previous token: 11%
    (1.43, 'distance', 2),                    # the token 2 back: 9%
    (-0.18, 'log_distance'),                  # recent tokens: 8%
    (1.14, 'distance', 3),                    # the token 3 back: 5%
    (2.39, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 4%
    (1.38, 'last', 'PERIOD'),                 # the last period: 3%
    (0.79, 'distance', 4),                    # the token 4 back: 3%
    (-0.33, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (-0.65, 'key_class', 'DET'),              # away from determiners: 2%
    (0.69, 'key_class', 'PERIOD'),            # periods: 2%
    (0.72, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (-0.89, 'key_class', 'NAME'),             # away from names: 1%
    (0.61, 'last', 'WH'),                     # the last wh-word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
