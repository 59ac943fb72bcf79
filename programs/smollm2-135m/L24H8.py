"""Mostly a first-token sink; otherwise periods, the token '.' and away from content words.

head: L24H8
heldout_iou: 0.720
heldout_iou_no_bos: 0.449
name: L24H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L24H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.45, 'first'),                          # a first-token sink: 72%
    (1.31, 'key_class', 'PERIOD'),            # periods: 6%
    (1.11, 'key_token', '.'),                 # the token '.': 5%
    (-1.07, 'key_class', 'CONTENT'),          # away from content words: 3%
    (1.77, 'key_class', 'CONJ'),              # conjunctions: 3%
    (0.53, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 2%
    (-0.27, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (0.4, 'pair', 'CONTENT', 'PERIOD'),       # content word -> period: 1%
    (1.06, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.38, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.83, 'key_token', ','),                 # the token ',': 1%
    (0.83, 'key_class', 'COMMA'),             # commas: 1%
    (0.08, 'embed_cosine'),                   # tokens similar to the query: 1%
    (-1.65, 'key_class', 'PREP'),             # away from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
