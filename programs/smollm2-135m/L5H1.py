"""Mainly a first-token sink; otherwise the token ' the', content words and earlier copies of the query token.

head: L5H1
heldout_iou: 0.518
heldout_iou_no_bos: 0.463
name: L5H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L5H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.29, 'first'),                          # a first-token sink: 28%
    (3.35, 'key_token', ' the'),              # the token ' the': 23%
    (0.64, 'key_class', 'CONTENT'),           # content words: 8%
    (1.12, 'same_token'),                     # earlier copies of the query token: 6%
    (0.32, 'same_sentence'),                  # the query's own sentence: 5%
    (-0.92, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 4%
    (-0.38, 'last', 'DET'),                   # away from the last determiner: 3%
    (0.69, 'distance', 1),                    # the previous token: 2%
    (0.53, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (-1.82, 'pair', 'PERIOD', 'CONTENT'),     # away from period -> content word: 1%
    (0.63, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (0.83, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (1.8, 'pair', 'CONJ', 'DET'),             # conjunction -> determiner: 1%
    (1.41, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 1%
    (0.49, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
