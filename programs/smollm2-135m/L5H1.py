"""Mainly a first-token sink; otherwise the token ' the', recent tokens and content words.

head: L5H1
heldout_iou: 0.517
heldout_iou_no_bos: 0.466
name: L5H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L5H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.49, 'first'),                          # a first-token sink: 27%
    (3.19, 'key_token', ' the'),              # the token ' the': 22%
    (-0.23, 'log_distance'),                  # recent tokens: 8%
    (0.52, 'key_class', 'CONTENT'),           # content words: 7%
    (0.97, 'same_token'),                     # earlier copies of the query token: 6%
    (-0.97, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 4%
    (-0.68, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 4%
    (-0.27, 'distance', 0),                   # the token itself: 2%
    (0.42, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.45, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (0.43, 'distance', 1),                    # the previous token: 2%
    (0.11, 'embed_cosine'),                   # tokens similar to the query: 1%
    (-1.5, 'pair', 'PERIOD', 'CONTENT'),      # away from period -> content word: 1%
    (0.41, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
