"""Mainly periods; otherwise a first-token sink, the query's own sentence and recent tokens.

head: L12H1
heldout_iou: 0.579
heldout_iou_no_bos: 0.562
name: L12H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L12H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.46, 'key_class', 'PERIOD'),            # periods: 21%
    (2.21, 'first'),                          # a first-token sink: 14%
    (0.63, 'same_sentence'),                  # the query's own sentence: 10%
    (-0.2, 'log_distance'),                   # recent tokens: 7%
    (0.97, 'key_class', 'CONJ'),              # conjunctions: 4%
    (-0.4, 'same_word'),                      # away from the query's own word: 2%
    (-0.39, 'distance', 0),                   # the token itself: 2%
    (-1.33, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.5, 'key_token', ','),                  # the token ',': 1%
    (0.5, 'key_class', 'COMMA'),              # commas: 1%
    (-0.05, 'embed_cosine'),                  # away from tokens similar to the query: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
