"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from the query's own word.

head: L12H7
heldout_iou: 0.578
heldout_iou_no_bos: 0.488
name: L12H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L12H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.17, 'first'),                          # a first-token sink: 53%
    (-0.69, 'log_distance'),                  # recent tokens: 19%
    (1.2, 'same_sentence'),                   # the query's own sentence: 15%
    (-1.93, 'same_word'),                     # away from the query's own word: 13%
    (-0.71, 'distance', 1),                   # the previous token: 4%
    (1.17, 'key_class', 'PERIOD'),            # periods: 3%
    (0.46, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-2.39, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.56, 'last', 'CONTENT'),                # the last content word: 2%
    (0.42, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (-1.18, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (-0.59, 'key_class', 'DET'),              # away from determiners: 1%
    (0.88, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (-1.72, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (0.08, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
