"""Mostly a first-token sink; otherwise names, content words and content word -> first token.

head: L23H1
heldout_iou: 0.634
heldout_iou_no_bos: 0.310
name: L23H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L23H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.36, 'first'),                          # a first-token sink: 73%
    (3.37, 'key_class', 'NAME'),              # names: 10%
    (2.09, 'key_class', 'CONTENT'),           # content words: 9%
    (0.71, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.49, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (2.36, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
    (0.85, 'pair', 'DET', 'CONTENT'),         # determiner -> content word: 1%
    (1.78, 'pair', 'CONJ', 'NAME'),           # conjunction -> name: 1%
    (0.35, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (0.66, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (1.48, 'key_class', 'VERB_ING'),          # -ing verbs: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
