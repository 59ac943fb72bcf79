"""Mostly away from content words; otherwise periods, the last period and away from names.

head: L2H0
heldout_iou: 0.577
heldout_iou_no_bos: 0.587
name: L2H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L2H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.59, 'key_class', 'CONTENT'),          # away from content words: 11%
    (0.67, 'key_class', 'PERIOD'),            # periods: 6%
    (0.46, 'last', 'PERIOD'),                 # the last period: 3%
    (-0.58, 'key_class', 'NAME'),             # away from names: 3%
    (0.16, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.71, 'word_start'),                     # word starts: 1%
    (1.24, 'key_token', 'There'),             # the token 'There': 1%
    (0.25, 'key_class', 'COMMA'),             # commas: 1%
    (0.25, 'key_token', ','),                 # the token ',': 1%
    (-0.16, 'distance', 1),                   # the previous token: 1%
    (-0.46, 'key_class', 'VERB_ING'),         # away from -ing verbs: 1%
    (0.19, 'key_token', ' was'),              # the token ' was': 1%
    (-0.1, 'key_class', 'PREP'),              # away from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
