"""Mainly recent tokens; otherwise away from earlier copies of the query token, the query's own sentence and away from the last period.

head: L11H8
heldout_iou: 0.537
heldout_iou_no_bos: 0.538
name: L11H8
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.25, 'log_distance'),                  # recent tokens: 45%
    (-1.0, 'same_token'),                     # away from earlier copies of the query token: 19%
    (0.93, 'same_sentence'),                  # the query's own sentence: 15%
    (-1.3, 'last', 'PERIOD'),                 # away from the last period: 12%
    (2.63, 'key_class', 'PERIOD'),            # periods: 12%
    (0.4, 'last', 'CONTENT'),                 # the last content word: 6%
    (-0.27, 'embed_cosine'),                  # away from tokens similar to the query: 5%
    (-0.52, 'key_class', 'DET'),              # away from determiners: 3%
    (0.28, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (2.08, 'pair', 'NAME', 'NAME'),           # name -> name: 2%
    (0.11, 'same_word'),                      # the query's own word: 2%
    (0.21, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (-1.6, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 1%
    (0.5, 'after', 'CONTENT', 'PERIOD'),      # content word -> the token after a period: 1%
    (-0.05, 'distance', 0),                   # the token itself: 1%
    (-0.85, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
