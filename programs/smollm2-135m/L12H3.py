"""Mainly the query's own sentence; otherwise a first-token sink, the previous token and the token 2 back.

head: L12H3
heldout_iou: 0.557
heldout_iou_no_bos: 0.521
name: L12H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L12H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.65, 'same_sentence'),                  # the query's own sentence: 46%
    (5.53, 'first'),                          # a first-token sink: 37%
    (2.12, 'distance', 1),                    # the previous token: 17%
    (1.4, 'distance', 2),                     # the token 2 back: 7%
    (0.35, 'embed_cosine'),                   # tokens similar to the query: 5%
    (-0.09, 'log_distance'),                  # recent tokens: 5%
    (0.52, 'same_token'),                     # earlier copies of the query token: 5%
    (0.39, 'same_word'),                      # the query's own word: 4%
    (0.58, 'key_class', 'AUX'),               # auxiliaries: 2%
    (0.7, 'distance', 3),                     # the token 3 back: 2%
    (-1.29, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-1.93, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 2%
    (0.41, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.71, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.09, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
