"""Mostly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L16H3
heldout_iou: 0.515
heldout_iou_no_bos: 0.405
name: L16H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.43, 'first'),                          # a first-token sink: 49%
    (-0.51, 'log_distance'),                  # recent tokens: 15%
    (0.51, 'key_class', 'CONTENT'),           # content words: 7%
    (0.41, 'same_sentence'),                  # the query's own sentence: 6%
    (-0.62, 'same_word'),                     # away from the query's own word: 3%
    (0.86, 'key_class', 'PERIOD'),            # periods: 3%
    (0.35, 'last', 'CONTENT'),                # the last content word: 2%
    (-1.13, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.8, 'key_class', 'NAME'),               # names: 2%
    (0.2, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 1%
    (-0.59, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.77, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.69, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.56, 'last', 'VERB_ING'),               # the last -ing verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
