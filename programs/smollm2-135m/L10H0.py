"""Mainly recent tokens; otherwise the token ' the', the last period and away from content words.

head: L10H0
heldout_iou: 0.513
heldout_iou_no_bos: 0.513
name: L10H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L10H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.79, 'log_distance'),                  # recent tokens: 26%
    (2.2, 'key_token', ' the'),               # the token ' the': 16%
    (1.97, 'last', 'PERIOD'),                 # the last period: 13%
    (-0.94, 'key_class', 'CONTENT'),          # away from content words: 13%
    (0.57, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.93, 'distance', 0),                   # the token itself: 8%
    (-0.78, 'same_word'),                     # away from the query's own word: 7%
    (1.11, 'key_token', ','),                 # the token ',': 4%
    (-1.26, 'key_class', 'NAME'),             # away from names: 3%
    (0.25, 'embed_cosine'),                   # tokens similar to the query: 3%
    (0.21, 'same_token'),                     # earlier copies of the query token: 2%
    (0.38, 'last', 'CONJ'),                   # the last conjunction: 1%
    (0.15, 'key_class', 'CONJ'),              # conjunctions: 1%
    (-0.76, 'last', 'NAME'),                  # away from the last name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
