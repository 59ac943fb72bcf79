"""Mostly a first-token sink; otherwise recent tokens, content words and content word -> first token.

head: L21H4
heldout_iou: 0.561
heldout_iou_no_bos: 0.416
name: L21H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L21H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.7, 'first'),                           # a first-token sink: 57%
    (-0.37, 'log_distance'),                  # recent tokens: 11%
    (0.82, 'key_class', 'CONTENT'),           # content words: 9%
    (0.72, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 5%
    (0.23, 'same_sentence'),                  # the query's own sentence: 3%
    (0.6, 'last', 'CONTENT'),                 # the last content word: 3%
    (1.54, 'key_class', 'NAME'),              # names: 3%
    (-1.33, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.78, 'key_class', 'PERIOD'),            # periods: 2%
    (0.23, 'same_token'),                     # earlier copies of the query token: 1%
    (1.25, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.14, 'distance', 0),                    # the token itself: 1%
    (0.89, 'last', 'VERB_ING'),               # the last -ing verb: 1%
    (0.12, 'same_word'),                      # the query's own word: 1%
    (-0.31, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
