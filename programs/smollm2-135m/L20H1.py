"""Mainly recent tokens; otherwise a first-token sink, the query's own sentence and the token itself.

head: L20H1
heldout_iou: 0.589
heldout_iou_no_bos: 0.574
name: L20H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L20H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.91, 'log_distance'),                  # recent tokens: 35%
    (3.84, 'first'),                          # a first-token sink: 24%
    (1.21, 'same_sentence'),                  # the query's own sentence: 24%
    (-0.78, 'distance', 0),                   # the token itself: 9%
    (0.98, 'key_class', 'PERIOD'),            # periods: 6%
    (0.86, 'key_token', '.'),                 # the token '.': 5%
    (-1.06, 'key_class', 'DET'),              # away from determiners: 4%
    (-0.2, 'same_word'),                      # away from the query's own word: 2%
    (-0.24, 'last', 'PERIOD'),                # away from the last period: 2%
    (1.56, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.24, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (-0.4, 'key_class', 'PRON_OBJ'),          # away from object pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
