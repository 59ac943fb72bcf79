"""Mainly periods; otherwise the query's own sentence, the query's own word and the previous token.

head: L11H5
heldout_iou: 0.469
heldout_iou_no_bos: 0.471
name: L11H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.14, 'key_class', 'PERIOD'),            # periods: 26%
    (1.12, 'same_sentence'),                  # the query's own sentence: 18%
    (1.42, 'same_word'),                      # the query's own word: 14%
    (1.07, 'distance', 1),                    # the previous token: 11%
    (-0.22, 'log_distance'),                  # recent tokens: 9%
    (-0.53, 'last', 'PERIOD'),                # away from the last period: 6%
    (3.28, 'query_distance', 'DET', 1),       # the previous token, from determiners: 6%
    (0.77, 'key_class', 'DET'),               # determiners: 4%
    (-2.76, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 4%
    (0.4, 'pair', 'CONTENT', 'PERIOD'),       # content word -> period: 2%
    (-1.56, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 2%
    (2.58, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (2.08, 'key_class', 'NEWLINE'),           # newlines: 2%
    (0.5, 'key_class', 'COMMA'),              # commas: 1%
    (-2.53, 'query_distance', 'NEWLINE', 0),  # away from itself, from newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
