"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and away from determiners.

head: L8H4
heldout_iou: 0.527
heldout_iou_no_bos: 0.348
name: L8H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L8H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.84, 'key_token', ' the'),              # the token ' the': 47%
    (8.25, 'first'),                          # a first-token sink: 46%
    (0.46, 'log_distance'),                   # distant tokens: 9%
    (-0.53, 'key_class', 'DET'),              # away from determiners: 4%
    (-5.69, 'last', 'NUMBER'),                # away from the last number: 4%
    (2.39, 'same_token'),                     # earlier copies of the query token: 3%
    (0.46, 'same_sentence'),                  # the query's own sentence: 3%
    (7.72, 'key_class', 'NUMBER'),            # numbers: 2%
    (5.27, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (-0.81, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (5.46, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (1.84, 'key_class', 'CONTENT'),           # content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
