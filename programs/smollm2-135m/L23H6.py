"""Mostly a first-token sink; otherwise away from tokens similar to the query, the query's own sentence and the last period.

head: L23H6
heldout_iou: 0.734
heldout_iou_no_bos: 0.419
name: L23H6
form: terms
terms: 10
origin: synthesized (search/terms)
target: L23H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.68, 'first'),                          # a first-token sink: 86%
    (-1.63, 'embed_cosine'),                  # away from tokens similar to the query: 10%
    (2.86, 'same_sentence'),                  # the query's own sentence: 6%
    (2.57, 'last', 'PERIOD'),                 # the last period: 3%
    (1.46, 'key_class', 'PERIOD'),            # periods: 3%
    (1.92, 'last', 'CONJ'),                   # the last conjunction: 1%
    (-1.03, 'key_class', 'CONTENT'),          # away from content words: 1%
    (1.67, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (2.99, 'last', 'QUOTE'),                  # the last quotation mark: 1%
    (2.93, 'key_class', 'NEWLINE'),           # newlines: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
