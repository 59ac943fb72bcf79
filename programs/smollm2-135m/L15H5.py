"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L15H5
heldout_iou: 0.527
heldout_iou_no_bos: 0.480
name: L15H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L15H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.6, 'first'),                           # a first-token sink: 39%
    (-0.36, 'log_distance'),                  # recent tokens: 12%
    (0.55, 'same_sentence'),                  # the query's own sentence: 8%
    (1.47, 'key_class', 'PERIOD'),            # periods: 8%
    (0.51, 'key_class', 'CONTENT'),           # content words: 7%
    (0.42, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-0.88, 'key_class', 'DET'),              # away from determiners: 2%
    (0.38, 'last', 'CONTENT'),                # the last content word: 2%
    (1.17, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (1.25, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.14, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
    (-0.31, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (0.08, 'key_token', '.'),                 # the token '.': 1%
    (-0.29, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
