"""Mainly recent tokens; otherwise the query's own sentence, a first-token sink and away from the query's own word.

head: L20H1
heldout_iou: 0.593
heldout_iou_no_bos: 0.573
name: L20H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L20H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.84, 'log_distance'),                  # recent tokens: 33%
    (1.44, 'same_sentence'),                  # the query's own sentence: 27%
    (3.82, 'first'),                          # a first-token sink: 25%
    (-1.26, 'same_word'),                     # away from the query's own word: 17%
    (1.72, 'key_class', 'PERIOD'),            # periods: 9%
    (0.37, 'same_token'),                     # earlier copies of the query token: 3%
    (-0.26, 'distance', 0),                   # the token itself: 2%
    (1.82, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.48, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.96, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.11, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-0.46, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 1%
    (1.73, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
