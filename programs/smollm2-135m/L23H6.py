"""Mostly a first-token sink; otherwise the query's own sentence, away from tokens similar to the query and away from content words.

head: L23H6
heldout_iou: 0.729
heldout_iou_no_bos: 0.438
name: L23H6
form: terms
terms: 10
origin: synthesized (search/terms)
target: L23H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.4, 'first'),                           # a first-token sink: 86%
    (2.95, 'same_sentence'),                  # the query's own sentence: 7%
    (-0.66, 'embed_cosine'),                  # away from tokens similar to the query: 4%
    (-1.28, 'key_class', 'CONTENT'),          # away from content words: 3%
    (3.23, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.37, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (1.07, 'last', 'CONJ'),                   # the last conjunction: 1%
    (0.82, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (-2.09, 'key_class', 'NAME'),             # away from names: 1%
    (0.38, 'key_class', 'CONJ'),              # conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
