"""Mostly a first-token sink; otherwise the query's own sentence, away from content word -> first token and the last period.

head: L23H6
heldout_iou: 0.731
heldout_iou_no_bos: 0.435
name: L23H6
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.46, 'first'),                          # a first-token sink: 88%
    (2.84, 'same_sentence'),                  # the query's own sentence: 6%
    (-1.46, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 4%
    (4.28, 'last', 'PERIOD'),                 # the last period: 4%
    (-0.72, 'key_class', 'CONTENT'),          # away from content words: 1%
    (1.74, 'last', 'CONJ'),                   # the last conjunction: 1%
    (3.05, 'last', 'QUOTE'),                  # the last quotation mark: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
