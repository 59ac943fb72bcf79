"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and content word -> first token.

head: L14H4
heldout_iou: 0.538
heldout_iou_no_bos: 0.388
name: L14H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L14H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.44, 'first'),                          # a first-token sink: 66%
    (1.8, 'same_sentence'),                   # the query's own sentence: 16%
    (-0.54, 'log_distance'),                  # recent tokens: 12%
    (1.07, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (1.51, 'pair', 'DET', 'BOS'),             # determiner -> first token: 2%
    (1.48, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-1.55, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-0.89, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.65, 'distance', 0),                   # the token itself: 2%
    (-0.61, 'same_word'),                     # away from the query's own word: 2%
    (-1.71, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.53, 'key_class', 'PERIOD'),            # periods: 1%
    (0.38, 'key_token', '.'),                 # the token '.': 1%
    (-0.23, 'same_token'),                    # away from earlier copies of the query token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
