"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L27H3
heldout_iou: 0.496
heldout_iou_no_bos: 0.462
name: L27H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L27H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.19, 'first'),                          # a first-token sink: 32%
    (1.09, 'same_sentence'),                  # the query's own sentence: 21%
    (-0.42, 'log_distance'),                  # recent tokens: 21%
    (1.3, 'same_token'),                      # earlier copies of the query token: 15%
    (1.79, 'key_class', 'PERIOD'),            # periods: 9%
    (0.71, 'distance', 1),                    # the previous token: 5%
    (2.2, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 3%
    (0.36, 'last', 'CONTENT'),                # the last content word: 3%
    (-0.19, 'same_word'),                     # away from the query's own word: 3%
    (-2.0, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 3%
    (-0.14, 'distance', 0),                   # the token itself: 2%
    (0.11, 'embed_cosine'),                   # tokens similar to the query: 2%
    (-0.44, 'key_class', 'DET'),              # away from determiners: 2%
    (1.85, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.15, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
