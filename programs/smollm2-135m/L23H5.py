"""Mostly a first-token sink; otherwise content words, recent tokens and names.

head: L23H5
heldout_iou: 0.554
heldout_iou_no_bos: 0.367
name: L23H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L23H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.09, 'first'),                          # a first-token sink: 55%
    (1.45, 'key_class', 'CONTENT'),           # content words: 18%
    (-0.29, 'log_distance'),                  # recent tokens: 9%
    (1.45, 'key_class', 'NAME'),              # names: 5%
    (0.32, 'same_sentence'),                  # the query's own sentence: 5%
    (0.74, 'last', 'CONTENT'),                # the last content word: 4%
    (0.46, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.71, 'last', 'NAME'),                   # the last name: 2%
    (0.69, 'pair', 'DET', 'CONTENT'),         # determiner -> content word: 1%
    (1.14, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (0.98, 'last', 'VERB_ING'),               # the last -ing verb: 1%
    (-1.21, 'key_class', 'DET'),              # away from determiners: 1%
    (1.43, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.68, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (0.67, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
