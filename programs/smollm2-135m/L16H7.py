"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and the previous token.

head: L16H7
heldout_iou: 0.525
heldout_iou_no_bos: 0.468
name: L16H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L16H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.52, 'same_sentence'),                  # the query's own sentence: 42%
    (5.45, 'first'),                          # a first-token sink: 38%
    (-0.29, 'log_distance'),                  # recent tokens: 14%
    (1.39, 'distance', 1),                    # the previous token: 12%
    (1.45, 'distance', 2),                    # the token 2 back: 10%
    (0.77, 'distance', 3),                    # the token 3 back: 3%
    (1.84, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.69, 'key_class', 'PERIOD'),            # periods: 2%
    (0.78, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.26, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (0.59, 'key_token', '.'),                 # the token '.': 2%
    (0.2, 'after', 'CONTENT', 'CONTENT'),     # content word -> the token after a content word: 1%
    (0.39, 'last', 'VERB_ED'),                # the last -ed verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
