"""Mostly a first-token sink; otherwise the query's own sentence, away from content word -> first token and content word -> content word.

head: L27H7
heldout_iou: 0.636
heldout_iou_no_bos: 0.410
name: L27H7
form: terms
terms: 9
origin: synthesized (search/terms)
target: L27H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.96, 'first'),                          # a first-token sink: 82%
    (4.16, 'same_sentence'),                  # the query's own sentence: 15%
    (-1.28, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 7%
    (0.72, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (0.68, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.24, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 1%
    (1.09, 'last', 'PERIOD'),                 # the last period: 0%
    (0.88, 'key_class', 'PERIOD'),            # periods: 0%
    (0.69, 'key_token', '.'),                 # the token '.': 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
