"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and content word -> content word.

head: L4H2
heldout_iou: 0.473
heldout_iou_no_bos: 0.382
name: L4H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L4H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.52, 'first'),                          # a first-token sink: 36%
    (4.77, 'key_token', ' the'),              # the token ' the': 32%
    (0.5, 'same_sentence'),                   # the query's own sentence: 6%
    (1.19, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 6%
    (0.53, 'key_class', 'CONTENT'),           # content words: 5%
    (-0.93, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 4%
    (1.3, 'key_distance', 'CONTENT', 1),      # the previous token when a content word: 2%
    (1.48, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (1.5, 'key_class', 'VERB_ING'),           # -ing verbs: 2%
    (2.5, 'query_distance', 'PREP', 1),       # the previous token, from prepositions: 2%
    (1.28, 'last', 'PREP'),                   # the last preposition: 1%
    (-2.08, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 1%
    (1.06, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
