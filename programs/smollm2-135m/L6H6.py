"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and away from content word -> the token after a content word.

head: L6H6
heldout_iou: 0.483
heldout_iou_no_bos: 0.419
name: L6H6
form: terms
terms: 9
origin: synthesized (search/terms)
target: L6H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.11, 'first'),                          # a first-token sink: 29%
    (3.16, 'key_token', ' the'),              # the token ' the': 26%
    (1.11, 'same_token'),                     # earlier copies of the query token: 6%
    (-0.4, 'after', 'CONTENT', 'CONTENT'),    # away from content word -> the token after a content word: 1%
    (1.26, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-0.95, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (-1.51, 'pair', 'PRON_SUBJ', 'DET'),      # away from subject pronoun -> determiner: 1%
    (-0.69, 'key_class', 'NAME'),             # away from names: 1%
    (0.53, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
