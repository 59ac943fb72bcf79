"""Mainly recent tokens; otherwise the query's own sentence, a first-token sink and away from the query's own word.

head: L20H1
heldout_iou: 0.594
heldout_iou_no_bos: 0.574
name: L20H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L20H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.84, 'log_distance'),                  # recent tokens: 33%
    (1.47, 'same_sentence'),                  # the query's own sentence: 28%
    (3.86, 'first'),                          # a first-token sink: 25%
    (-1.19, 'same_word'),                     # away from the query's own word: 17%
    (1.71, 'key_class', 'PERIOD'),            # periods: 9%
    (0.46, 'same_token'),                     # earlier copies of the query token: 4%
    (-0.25, 'distance', 0),                   # the token itself: 3%
    (1.78, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.46, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.83, 'key_token', ' the'),             # away from the token ' the': 1%
    (-0.55, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 1%
    (1.12, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.8, 'pair', 'NEWLINE', 'BOS'),          # newline -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
