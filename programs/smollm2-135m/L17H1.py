"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and away from the query's own word.

head: L17H1
heldout_iou: 0.617
heldout_iou_no_bos: 0.547
name: L17H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L17H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.79, 'first'),                          # a first-token sink: 41%
    (1.0, 'same_sentence'),                   # the query's own sentence: 14%
    (-0.35, 'log_distance'),                  # recent tokens: 12%
    (-1.15, 'same_word'),                     # away from the query's own word: 6%
    (1.4, 'last', 'PERIOD'),                  # the last period: 4%
    (-0.62, 'key_class', 'DET'),              # away from determiners: 2%
    (0.52, 'last', 'CONJ'),                   # the last conjunction: 1%
    (0.13, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
