"""Mostly a first-token sink; otherwise periods, the token '.' and the query's own sentence.

head: L15H1
heldout_iou: 0.607
heldout_iou_no_bos: 0.490
name: L15H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L15H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.46, 'first'),                          # a first-token sink: 60%
    (1.61, 'key_class', 'PERIOD'),            # periods: 9%
    (0.65, 'key_token', '.'),                 # the token '.': 5%
    (0.64, 'same_sentence'),                  # the query's own sentence: 4%
    (0.31, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.72, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-0.84, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-0.76, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (-1.53, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.55, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (0.79, 'key_token', '\n'),                # the token '\n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
