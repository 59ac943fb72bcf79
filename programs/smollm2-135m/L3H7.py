"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and the token ' the'.

head: L3H7
heldout_iou: 0.516
heldout_iou_no_bos: 0.484
name: L3H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L3H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.57, 'same_sentence'),                  # the query's own sentence: 27%
    (3.44, 'first'),                          # a first-token sink: 22%
    (-0.45, 'log_distance'),                  # recent tokens: 18%
    (2.04, 'key_token', ' the'),              # the token ' the': 10%
    (-1.03, 'last', 'DET'),                   # away from the last determiner: 7%
    (-0.75, 'same_word'),                     # away from the query's own word: 7%
    (0.94, 'key_class', 'PERIOD'),            # periods: 6%
    (1.06, 'last', 'PERIOD'),                 # the last period: 5%
    (0.26, 'distance', 2),                    # the token 2 back: 2%
    (1.11, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (0.99, 'word_start'),                     # word starts: 1%
    (-0.94, 'key_class', 'NAME'),             # away from names: 1%
    (-1.49, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.24, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.9, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 1%
    (1.51, 'key_token', '\n'),                # the token '\n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
