"""Mainly recent tokens; otherwise periods, away from the query's own word and the token ' the'.

head: L10H0
heldout_iou: 0.551
heldout_iou_no_bos: 0.552
name: L10H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.98, 'log_distance'),                  # recent tokens: 32%
    (2.01, 'key_class', 'PERIOD'),            # periods: 18%
    (-1.62, 'same_word'),                     # away from the query's own word: 17%
    (1.79, 'key_token', ' the'),              # the token ' the': 15%
    (1.04, 'key_class', 'DET'),               # determiners: 13%
    (-0.78, 'last', 'DET'),                   # away from the last determiner: 8%
    (0.53, 'same_sentence'),                  # the query's own sentence: 8%
    (-0.61, 'key_class', 'CONTENT'),          # away from content words: 7%
    (1.22, 'key_class', 'COMMA'),             # commas: 3%
    (1.82, 'key_class', 'NEWLINE'),           # newlines: 2%
    (0.19, 'last', 'PERIOD'),                 # the last period: 2%
    (0.83, 'last', 'CONJ'),                   # the last conjunction: 2%
    (-1.03, 'key_class', 'NAME'),             # away from names: 1%
    (1.74, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.32, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (0.95, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
