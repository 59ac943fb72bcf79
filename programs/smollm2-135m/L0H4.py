"""Mostly recent tokens; otherwise auxiliaries, prepositions and the previous token.

head: L0H4
heldout_iou: 0.647
heldout_iou_no_bos: 0.642
name: L0H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.41, 'log_distance'),                  # recent tokens: 16%
    (0.81, 'key_class', 'AUX'),               # auxiliaries: 5%
    (0.57, 'key_class', 'PREP'),              # prepositions: 5%
    (0.48, 'distance', 1),                    # the previous token: 4%
    (0.24, 'embed_cosine'),                   # tokens similar to the query: 3%
    (0.74, 'first'),                          # a first-token sink: 3%
    (-0.41, 'key_class', 'DET'),              # away from determiners: 3%
    (-0.61, 'key_class', 'PERIOD'),           # away from periods: 2%
    (-0.16, 'same_token'),                    # away from earlier copies of the query token: 2%
    (0.29, 'distance', 2),                    # the token 2 back: 2%
    (0.44, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (0.18, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (-0.6, 'pair', 'CONTENT', 'AUX'),         # away from content word -> auxiliary: 1%
    (-0.63, 'key_class', 'COMMA'),            # away from commas: 1%
    (-1.02, 'key_class', 'NEWLINE'),          # away from newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
