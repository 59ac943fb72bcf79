"""Mostly a first-token sink; otherwise the token ' the', content word -> content word and distant tokens.

head: L4H1
heldout_iou: 0.510
heldout_iou_no_bos: 0.413
name: L4H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L4H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.56, 'first'),                          # a first-token sink: 40%
    (2.7, 'key_token', ' the'),               # the token ' the': 13%
    (1.12, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 7%
    (0.21, 'log_distance'),                   # distant tokens: 6%
    (1.37, 'same_token'),                     # earlier copies of the query token: 6%
    (0.6, 'key_class', 'PERIOD'),             # periods: 2%
    (0.58, 'key_token', '.'),                 # the token '.': 2%
    (1.2, 'pair', 'NAME', 'CONTENT'),         # name -> content word: 2%
    (-1.6, 'key_token', ' a'),                # away from the token ' a': 1%
    (1.35, 'key_token', ' dog'),              # the token ' dog': 1%
    (-0.46, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (1.39, 'pair', 'VERB_ED', 'CONTENT'),     # -ed verb -> content word: 1%
    (-0.88, 'key_class', 'CONJ'),             # away from conjunctions: 1%
    (0.86, 'pair', 'CONTENT', 'NAME'),        # content word -> name: 1%
    (1.78, 'pair', 'VERB_ING', 'CONTENT'),    # -ing verb -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
