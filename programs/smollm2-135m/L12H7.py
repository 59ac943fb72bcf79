"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from the query's own word.

head: L12H7
heldout_iou: 0.578
heldout_iou_no_bos: 0.489
name: L12H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L12H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.12, 'first'),                          # a first-token sink: 53%
    (-0.68, 'log_distance'),                  # recent tokens: 19%
    (1.22, 'same_sentence'),                  # the query's own sentence: 15%
    (-1.84, 'same_word'),                     # away from the query's own word: 12%
    (-0.72, 'distance', 1),                   # the previous token: 4%
    (0.51, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.13, 'key_class', 'PERIOD'),            # periods: 3%
    (-2.27, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.48, 'last', 'CONTENT'),                # the last content word: 2%
    (0.39, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (-0.62, 'key_class', 'DET'),              # away from determiners: 1%
    (-1.19, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.1, 'key_class', 'CONTENT'),            # content words: 1%
    (0.84, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (-1.63, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
