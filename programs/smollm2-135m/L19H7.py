"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token itself.

head: L19H7
heldout_iou: 0.613
heldout_iou_no_bos: 0.532
name: L19H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L19H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.2, 'first'),                           # a first-token sink: 57%
    (2.42, 'same_sentence'),                  # the query's own sentence: 31%
    (3.35, 'distance', 1),                    # the previous token: 19%
    (2.86, 'distance', 0),                    # the token itself: 8%
    (2.79, 'distance', 2),                    # the token 2 back: 7%
    (-0.53, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 4%
    (3.86, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 4%
    (1.86, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (1.75, 'last', 'PERIOD'),                 # the last period: 2%
    (2.23, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (1.44, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
    (1.11, 'distance', 3),                    # the token 3 back: 1%
    (-1.27, 'key_class', 'NAME'),             # away from names: 1%
    (-1.05, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
