"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L16H1
heldout_iou: 0.613
heldout_iou_no_bos: 0.539
name: L16H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.32, 'first'),                          # a first-token sink: 47%
    (0.89, 'same_sentence'),                  # the query's own sentence: 15%
    (-0.33, 'log_distance'),                  # recent tokens: 14%
    (1.7, 'same_token'),                      # earlier copies of the query token: 12%
    (0.99, 'distance', 1),                    # the previous token: 4%
    (0.23, 'embed_cosine'),                   # tokens similar to the query: 4%
    (-0.28, 'distance', 0),                   # the token itself: 3%
    (-0.25, 'same_word'),                     # away from the query's own word: 3%
    (0.35, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.68, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.71, 'key_class', 'DET'),              # away from determiners: 2%
    (0.61, 'distance', 2),                    # the token 2 back: 2%
    (0.73, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.35, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (0.53, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
