"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and periods.

head: L8H7
heldout_iou: 0.501
heldout_iou_no_bos: 0.453
name: L8H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L8H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.96, 'first'),                          # a first-token sink: 24%
    (2.95, 'key_token', ' the'),              # the token ' the': 21%
    (0.63, 'same_sentence'),                  # the query's own sentence: 9%
    (1.22, 'key_class', 'PERIOD'),            # periods: 5%
    (0.77, 'same_token'),                     # earlier copies of the query token: 5%
    (-0.46, 'last', 'DET'),                   # away from the last determiner: 3%
    (0.59, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (-0.39, 'same_word'),                     # away from the query's own word: 3%
    (0.17, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.87, 'last', 'COMMA'),                  # the last comma: 1%
    (0.57, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
