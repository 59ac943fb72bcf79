"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and the previous token.

head: L16H5
heldout_iou: 0.425
heldout_iou_no_bos: 0.416
name: L16H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.12, 'same_sentence'),                  # the query's own sentence: 40%
    (5.28, 'first'),                          # a first-token sink: 30%
    (-0.63, 'log_distance'),                  # recent tokens: 29%
    (0.83, 'distance', 1),                    # the previous token: 10%
    (1.63, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 8%
    (0.44, 'key_class', 'CONTENT'),           # content words: 7%
    (0.57, 'last', 'CONTENT'),                # the last content word: 6%
    (-0.52, 'same_token'),                    # away from earlier copies of the query token: 6%
    (0.61, 'distance', 2),                    # the token 2 back: 5%
    (1.57, 'last', 'NAME'),                   # the last name: 4%
    (-1.2, 'key_class', 'DET'),               # away from determiners: 3%
    (0.97, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (2.04, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-1.23, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.5, 'pair', 'NAME', 'NAME'),            # name -> name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
