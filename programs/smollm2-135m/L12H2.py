"""Mostly a first-token sink; otherwise periods, the query's own sentence and earlier copies of the query token.

head: L12H2
heldout_iou: 0.638
heldout_iou_no_bos: 0.528
name: L12H2
form: terms
terms: 10
origin: synthesized (search/terms)
target: L12H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.06, 'first'),                          # a first-token sink: 55%
    (1.57, 'key_class', 'PERIOD'),            # periods: 8%
    (0.57, 'same_sentence'),                  # the query's own sentence: 6%
    (1.06, 'same_token'),                     # earlier copies of the query token: 4%
    (-0.68, 'key_class', 'PREP'),             # away from prepositions: 1%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.58, 'key_class', 'DET'),              # away from determiners: 1%
    (0.57, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
    (-1.08, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.61, 'key_token', '\n'),                # the token '\n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
