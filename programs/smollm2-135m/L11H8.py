"""Mainly recent tokens; otherwise the query's own sentence, away from earlier copies of the query token and away from the last period.

head: L11H8
heldout_iou: 0.538
heldout_iou_no_bos: 0.539
name: L11H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.19, 'log_distance'),                  # recent tokens: 44%
    (1.08, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.89, 'same_token'),                    # away from earlier copies of the query token: 17%
    (-1.37, 'last', 'PERIOD'),                # away from the last period: 12%
    (2.73, 'key_class', 'PERIOD'),            # periods: 12%
    (-0.33, 'embed_cosine'),                  # away from tokens similar to the query: 6%
    (0.35, 'last', 'CONTENT'),                # the last content word: 5%
    (0.2, 'same_word'),                       # the query's own word: 3%
    (0.33, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (-0.53, 'key_class', 'DET'),              # away from determiners: 3%
    (0.27, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (2.05, 'pair', 'NAME', 'NAME'),           # name -> name: 2%
    (-1.72, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.05, 'distance', 0),                   # the token itself: 1%
    (-0.77, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
