"""Mostly a first-token sink; otherwise content words, names and content word -> first token.

head: L23H0
heldout_iou: 0.583
heldout_iou_no_bos: 0.368
name: L23H0
form: terms
terms: 11
origin: synthesized (search/terms)
target: L23H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.27, 'first'),                          # a first-token sink: 67%
    (1.41, 'key_class', 'CONTENT'),           # content words: 10%
    (2.56, 'key_class', 'NAME'),              # names: 8%
    (0.54, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.34, 'word_start'),                     # word starts: 2%
    (1.46, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.08, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (1.62, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (-0.84, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.93, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (1.53, 'last', 'VERB_ED'),                # the last -ed verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
