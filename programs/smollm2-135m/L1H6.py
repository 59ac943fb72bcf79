"""Mainly recent tokens; otherwise periods, the previous token and away from content words.

head: L1H6
heldout_iou: 0.489
heldout_iou_no_bos: 0.495
name: L1H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L1H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.62, 'log_distance'),                  # recent tokens: 24%
    (1.89, 'key_class', 'PERIOD'),            # periods: 14%
    (1.03, 'distance', 1),                    # the previous token: 12%
    (-0.78, 'key_class', 'CONTENT'),          # away from content words: 9%
    (0.89, 'key_class', 'DET'),               # determiners: 8%
    (1.29, 'key_token', ' and'),              # the token ' and': 8%
    (0.65, 'distance', 2),                    # the token 2 back: 4%
    (0.58, 'key_class', 'CONJ'),              # conjunctions: 4%
    (0.86, 'key_class', 'COMMA'),             # commas: 4%
    (0.86, 'key_token', ','),                 # the token ',': 4%
    (2.77, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 3%
    (0.49, 'key_token', ' to'),               # the token ' to': 2%
    (0.49, 'key_class', 'TO'),                # 'to': 2%
    (1.99, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
