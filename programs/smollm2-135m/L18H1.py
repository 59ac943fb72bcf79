"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and the previous token.

head: L18H1
heldout_iou: 0.563
heldout_iou_no_bos: 0.528
name: L18H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L18H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.44, 'same_sentence'),                  # the query's own sentence: 42%
    (5.55, 'first'),                          # a first-token sink: 39%
    (-0.32, 'log_distance'),                  # recent tokens: 17%
    (1.82, 'distance', 1),                    # the previous token: 16%
    (1.48, 'distance', 2),                    # the token 2 back: 9%
    (0.87, 'distance', 3),                    # the token 3 back: 3%
    (0.21, 'embed_cosine'),                   # tokens similar to the query: 3%
    (1.56, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (0.29, 'distance', 0),                    # the token itself: 2%
    (0.54, 'last', 'PREP'),                   # the last preposition: 2%
    (1.12, 'key_class', 'PERIOD'),            # periods: 2%
    (0.22, 'same_word'),                      # the query's own word: 2%
    (-0.16, 'same_token'),                    # away from earlier copies of the query token: 1%
    (0.68, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.31, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
