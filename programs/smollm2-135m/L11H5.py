"""Mainly periods; otherwise the query's own sentence, the query's own word and the previous token.

head: L11H5
heldout_iou: 0.464
heldout_iou_no_bos: 0.467
name: L11H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.33, 'key_class', 'PERIOD'),            # periods: 26%
    (0.82, 'same_sentence'),                  # the query's own sentence: 13%
    (1.27, 'same_word'),                      # the query's own word: 12%
    (1.07, 'distance', 1),                    # the previous token: 11%
    (-0.24, 'log_distance'),                  # recent tokens: 10%
    (-0.66, 'last', 'PERIOD'),                # away from the last period: 8%
    (3.24, 'query_distance', 'DET', 1),       # the previous token, from determiners: 5%
    (0.83, 'key_class', 'DET'),               # determiners: 5%
    (-2.5, 'pair', 'PERIOD', 'PERIOD'),       # away from period -> period: 4%
    (0.25, 'last', 'CONTENT'),                # the last content word: 2%
    (-1.54, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 2%
    (2.54, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (0.78, 'key_class', 'COMMA'),             # commas: 2%
    (1.76, 'key_class', 'NEWLINE'),           # newlines: 2%
    (0.64, 'key_class', 'CONJ'),              # conjunctions: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
