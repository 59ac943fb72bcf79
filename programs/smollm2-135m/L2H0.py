"""Mainly periods; otherwise away from content words, the query's own sentence and the token itself.

head: L2H0
heldout_iou: 0.588
heldout_iou_no_bos: 0.596
name: L2H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L2H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.01, 'key_class', 'PERIOD'),            # periods: 8%
    (-0.36, 'key_class', 'CONTENT'),          # away from content words: 6%
    (0.41, 'same_sentence'),                  # the query's own sentence: 6%
    (-0.89, 'distance', 0),                   # the token itself: 5%
    (0.3, 'embed_cosine'),                    # tokens similar to the query: 3%
    (-0.56, 'distance', 1),                   # the previous token: 3%
    (0.46, 'first'),                          # a first-token sink: 2%
    (-0.41, 'distance', 2),                   # the token 2 back: 2%
    (-0.64, 'key_class', 'NAME'),             # away from names: 2%
    (0.44, 'key_class', 'COMMA'),             # commas: 1%
    (-0.41, 'key_class', 'VERB_ING'),         # away from -ing verbs: 1%
    (0.49, 'word_start'),                     # word starts: 1%
    (0.31, 'key_token', ' and'),              # the token ' and': 1%
    (0.45, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
