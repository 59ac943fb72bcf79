"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content word -> first token.

head: L17H6
heldout_iou: 0.615
heldout_iou_no_bos: 0.499
name: L17H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L17H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.93, 'first'),                          # a first-token sink: 61%
    (-0.55, 'log_distance'),                  # recent tokens: 14%
    (0.63, 'same_sentence'),                  # the query's own sentence: 7%
    (0.58, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.0, 'key_class', 'PERIOD'),             # periods: 3%
    (-1.36, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.14, 'key_class', 'CONTENT'),           # content words: 1%
    (0.4, 'last', 'CONTENT'),                 # the last content word: 1%
    (-0.99, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (-0.62, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.2, 'same_word'),                      # away from the query's own word: 1%
    (-0.15, 'same_token'),                    # away from earlier copies of the query token: 1%
    (0.97, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
