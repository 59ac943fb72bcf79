"""Mostly a first-token sink; otherwise recent tokens, content word -> first token and the query's own sentence.

head: L17H7
heldout_iou: 0.564
heldout_iou_no_bos: 0.396
name: L17H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L17H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.11, 'first'),                          # a first-token sink: 69%
    (-0.54, 'log_distance'),                  # recent tokens: 10%
    (0.93, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 5%
    (0.45, 'same_sentence'),                  # the query's own sentence: 4%
    (0.31, 'key_class', 'CONTENT'),           # content words: 2%
    (0.78, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.86, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.56, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.28, 'same_word'),                     # away from the query's own word: 1%
    (-0.53, 'key_class', 'DET'),              # away from determiners: 1%
    (0.69, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (1.09, 'pair', 'VERB_ING', 'BOS'),        # -ing verb -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
