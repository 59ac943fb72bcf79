"""Mainly periods; otherwise the previous token, away from the last period and the query's own word.

head: L11H3
heldout_iou: 0.488
heldout_iou_no_bos: 0.488
name: L11H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.56, 'key_class', 'PERIOD'),            # periods: 32%
    (1.62, 'distance', 1),                    # the previous token: 12%
    (-0.82, 'last', 'PERIOD'),                # away from the last period: 11%
    (1.47, 'same_word'),                      # the query's own word: 11%
    (-0.25, 'log_distance'),                  # recent tokens: 10%
    (1.24, 'key_class', 'DET'),               # determiners: 9%
    (1.58, 'key_class', 'CONJ'),              # conjunctions: 5%
    (1.69, 'key_class', 'COMMA'),             # commas: 4%
    (-1.81, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 3%
    (0.66, 'distance', 2),                    # the token 2 back: 3%
    (0.78, 'key_class', 'AUX'),               # auxiliaries: 2%
    (-1.63, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 2%
    (1.69, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.62, 'pair', 'DET', 'PREP'),            # determiner -> preposition: 1%
    (1.09, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
