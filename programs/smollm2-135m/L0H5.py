"""Mostly recent tokens; otherwise tokens similar to the query, away from periods and away from auxiliaries.

head: L0H5
heldout_iou: 0.660
heldout_iou_no_bos: 0.658
name: L0H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L0H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.47, 'log_distance'),                  # recent tokens: 18%
    (0.43, 'embed_cosine'),                   # tokens similar to the query: 6%
    (-0.88, 'key_class', 'PERIOD'),           # away from periods: 3%
    (-0.78, 'key_class', 'AUX'),              # away from auxiliaries: 3%
    (1.08, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (0.8, 'word_start'),                      # word starts: 2%
    (-0.46, 'key_token', ' to'),              # away from the token ' to': 1%
    (1.08, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 1%
    (1.33, 'pair', 'CONJ', 'DET'),            # conjunction -> determiner: 1%
    (1.62, 'key_distance', 'PERIOD', 1),      # the previous token when a period: 1%
    (1.2, 'pair', 'COMMA', 'DET'),            # comma -> determiner: 1%
    (-0.39, 'key_token', ','),                # away from the token ',': 1%
    (-0.39, 'key_class', 'COMMA'),            # away from commas: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
