"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L22H6
heldout_iou: 0.531
heldout_iou_no_bos: 0.366
name: L22H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L22H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.71, 'first'),                          # a first-token sink: 68%
    (-0.53, 'log_distance'),                  # recent tokens: 13%
    (0.61, 'same_sentence'),                  # the query's own sentence: 6%
    (0.73, 'key_class', 'CONTENT'),           # content words: 6%
    (1.8, 'last', 'PERIOD'),                  # the last period: 2%
    (0.43, 'last', 'CONTENT'),                # the last content word: 2%
    (1.21, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.94, 'key_class', 'NAME'),              # names: 1%
    (1.26, 'last', 'VERB_ING'),               # the last -ing verb: 1%
    (0.27, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.13, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
