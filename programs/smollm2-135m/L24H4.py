"""Mostly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L24H4
heldout_iou: 0.580
heldout_iou_no_bos: 0.380
name: L24H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L24H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.59, 'first'),                          # a first-token sink: 69%
    (-0.33, 'log_distance'),                  # recent tokens: 7%
    (0.96, 'key_class', 'CONTENT'),           # content words: 7%
    (0.48, 'same_sentence'),                  # the query's own sentence: 4%
    (1.88, 'key_class', 'NAME'),              # names: 4%
    (3.25, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
    (1.89, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.33, 'word_start'),                     # word starts: 2%
    (1.38, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (0.19, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.31, 'last', 'CONTENT'),                # the last content word: 1%
    (0.95, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
