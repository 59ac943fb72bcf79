"""Mainly a first-token sink; otherwise the token ' the', content word -> content word and the query's own sentence.

head: L4H2
heldout_iou: 0.470
heldout_iou_no_bos: 0.379
name: L4H2
form: terms
terms: 11
origin: synthesized (search/terms)
target: L4H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.24, 'first'),                          # a first-token sink: 35%
    (4.57, 'key_token', ' the'),              # the token ' the': 32%
    (1.3, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 6%
    (0.47, 'same_sentence'),                  # the query's own sentence: 6%
    (-0.91, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 4%
    (0.28, 'key_class', 'CONTENT'),           # content words: 3%
    (1.46, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (2.39, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (1.19, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (1.03, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
    (-2.09, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
