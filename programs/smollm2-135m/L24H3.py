"""Mostly a first-token sink; otherwise the query's own sentence, the previous token and the last preposition.

head: L24H3
heldout_iou: 0.696
heldout_iou_no_bos: 0.377
name: L24H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L24H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.91, 'first'),                          # a first-token sink: 83%
    (3.14, 'same_sentence'),                  # the query's own sentence: 14%
    (1.81, 'distance', 1),                    # the previous token: 4%
    (1.39, 'last', 'PREP'),                   # the last preposition: 2%
    (2.07, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (0.45, 'distance', 0),                    # the token itself: 1%
    (0.38, 'same_token'),                     # earlier copies of the query token: 1%
    (0.32, 'same_word'),                      # the query's own word: 1%
    (1.81, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (2.47, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (0.62, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
