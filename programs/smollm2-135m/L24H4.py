"""Mostly a first-token sink; otherwise content words, names and the query's own sentence.

head: L24H4
heldout_iou: 0.565
heldout_iou_no_bos: 0.359
name: L24H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L24H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.23, 'first'),                          # a first-token sink: 61%
    (1.45, 'key_class', 'CONTENT'),           # content words: 13%
    (2.45, 'key_class', 'NAME'),              # names: 8%
    (0.63, 'same_sentence'),                  # the query's own sentence: 6%
    (0.49, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.84, 'induction'),                      # the token after an earlier copy of the query (induction): 3%
    (1.35, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (1.1, 'word_start'),                      # word starts: 2%
    (0.56, 'last', 'CONTENT'),                # the last content word: 2%
    (1.78, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (1.33, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (-1.02, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.73, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (0.95, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (0.88, 'last', 'VERB_ING'),               # the last -ing verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
