"""Mainly the token ' the'; otherwise a first-token sink, the previous token and the token 2 back.

head: L5H7
heldout_iou: 0.421
heldout_iou_no_bos: 0.391
name: L5H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L5H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.73, 'key_token', ' the'),              # the token ' the': 33%
    (4.33, 'first'),                          # a first-token sink: 26%
    (3.68, 'distance', 1),                    # the previous token: 22%
    (2.38, 'distance', 2),                    # the token 2 back: 6%
    (2.08, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (1.4, 'last', 'PRON_SUBJ'),               # the last subject pronoun: 2%
    (-2.27, 'key_distance', 'DET', 1),        # away from the previous token when a determiner: 2%
    (0.54, 'same_word'),                      # the query's own word: 2%
    (2.23, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
    (0.6, 'distance', 0),                     # the token itself: 1%
    (0.58, 'same_token'),                     # earlier copies of the query token: 1%
    (1.64, 'key_distance', 'PRON_SUBJ', 1),   # the previous token when a subject pronoun: 1%
    (0.46, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 1%
    (0.18, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (-0.07, 'embed_cosine'),                  # away from tokens similar to the query: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
