"""Mostly a first-token sink; otherwise the query's own sentence, periods and away from determiners.

head: L15H3
heldout_iou: 0.605
heldout_iou_no_bos: 0.538
name: L15H3
form: terms
terms: 10
origin: synthesized (search/terms)
target: L15H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.98, 'first'),                          # a first-token sink: 48%
    (0.8, 'same_sentence'),                   # the query's own sentence: 10%
    (1.75, 'key_class', 'PERIOD'),            # periods: 8%
    (-0.82, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.28, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (-0.92, 'key_class', 'PREP'),             # away from prepositions: 2%
    (-0.04, 'log_distance'),                  # recent tokens: 1%
    (0.36, 'distance', 1),                    # the previous token: 1%
    (0.16, 'same_word'),                      # the query's own word: 1%
    (0.16, 'distance', 0),                    # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
