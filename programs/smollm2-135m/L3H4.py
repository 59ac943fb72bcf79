"""Mainly a first-token sink; otherwise the token ' the', the previous token, from content words and the token '.'.

head: L3H4
heldout_iou: 0.526
heldout_iou_no_bos: 0.392
name: L3H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L3H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.81, 'first'),                          # a first-token sink: 44%
    (6.29, 'key_token', ' the'),              # the token ' the': 42%
    (2.04, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 3%
    (1.41, 'key_token', '.'),                 # the token '.': 2%
    (1.16, 'key_class', 'PERIOD'),            # periods: 2%
    (2.36, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (0.17, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.6, 'last', 'PERIOD'),                  # the last period: 1%
    (2.15, 'key_class', 'COMMA'),             # commas: 1%
    (2.42, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 0%
    (1.8, 'key_class', 'NUMBER'),             # numbers: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
