"""Mainly periods; otherwise the token ' the', commas and the query's own sentence.

head: L2H7
heldout_iou: 0.486
heldout_iou_no_bos: 0.480
name: L2H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L2H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.97, 'key_class', 'PERIOD'),            # periods: 23%
    (3.14, 'key_token', ' the'),              # the token ' the': 20%
    (2.78, 'key_class', 'COMMA'),             # commas: 10%
    (0.56, 'same_sentence'),                  # the query's own sentence: 8%
    (1.69, 'first'),                          # a first-token sink: 5%
    (2.14, 'key_token', ' and'),              # the token ' and': 4%
    (-0.07, 'log_distance'),                  # recent tokens: 2%
    (0.3, 'distance', 1),                     # the previous token: 2%
    (1.0, 'last', 'AUX'),                     # the last auxiliary: 2%
    (1.98, 'key_class', 'NEWLINE'),           # newlines: 1%
    (0.24, 'distance', 2),                    # the token 2 back: 1%
    (2.08, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 1%
    (2.05, 'key_token', ' The'),              # the token ' The': 1%
    (2.59, 'key_distance', 'PRON_OBJ', 1),    # the previous token when a object pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
