"""Mostly a first-token sink; otherwise content words, recent tokens and the query's own sentence.

head: L24H4
heldout_iou: 0.579
heldout_iou_no_bos: 0.379
name: L24H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L24H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.54, 'first'),                          # a first-token sink: 66%
    (1.07, 'key_class', 'CONTENT'),           # content words: 9%
    (-0.36, 'log_distance'),                  # recent tokens: 8%
    (0.53, 'same_sentence'),                  # the query's own sentence: 5%
    (1.92, 'key_class', 'NAME'),              # names: 4%
    (3.4, 'pair', 'PERIOD', 'NAME'),          # period -> name: 2%
    (1.39, 'word_start'),                     # word starts: 2%
    (1.9, 'induction'),                       # the token after an earlier copy of the query (induction): 2%
    (1.46, 'key_class', 'VERB_ING'),          # -ing verbs: 2%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.3, 'last', 'CONTENT'),                 # the last content word: 1%
    (0.99, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
