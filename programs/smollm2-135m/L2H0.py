"""Mainly periods; otherwise away from content words, the token itself and the query's own sentence.

head: L2H0
heldout_iou: 0.589
heldout_iou_no_bos: 0.597
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
    (1.01, 'key_class', 'PERIOD'),            # periods: 8%
    (-0.35, 'key_class', 'CONTENT'),          # away from content words: 6%
    (-0.86, 'distance', 0),                   # the token itself: 4%
    (0.33, 'same_sentence'),                  # the query's own sentence: 4%
    (0.34, 'embed_cosine'),                   # tokens similar to the query: 4%
    (0.52, 'first'),                          # a first-token sink: 3%
    (-0.54, 'distance', 1),                   # the previous token: 2%
    (-0.37, 'distance', 2),                   # the token 2 back: 2%
    (-0.66, 'key_class', 'NAME'),             # away from names: 2%
    (0.47, 'key_class', 'COMMA'),             # commas: 1%
    (-0.46, 'key_class', 'VERB_ING'),         # away from -ing verbs: 1%
    (0.52, 'word_start'),                     # word starts: 1%
    (0.32, 'key_token', ' and'),              # the token ' and': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
