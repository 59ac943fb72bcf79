"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and content words.

head: L16H5
heldout_iou: 0.429
heldout_iou_no_bos: 0.410
name: L16H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.58, 'same_sentence'),                  # the query's own sentence: 45%
    (5.14, 'first'),                          # a first-token sink: 32%
    (-0.51, 'log_distance'),                  # recent tokens: 23%
    (0.92, 'key_class', 'CONTENT'),           # content words: 13%
    (1.1, 'distance', 1),                     # the previous token: 11%
    (1.19, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (2.18, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 7%
    (1.06, 'key_class', 'NAME'),              # names: 6%
    (0.92, 'distance', 2),                    # the token 2 back: 6%
    (0.95, 'last', 'NAME'),                   # the last name: 5%
    (2.26, 'pair', 'NAME', 'BOS'),            # name -> first token: 4%
    (1.67, 'pair', 'DET', 'BOS'),             # determiner -> first token: 3%
    (0.63, 'distance', 3),                    # the token 3 back: 3%
    (-1.1, 'key_class', 'DET'),               # away from determiners: 2%
    (-0.32, 'last', 'PRON_SUBJ'),             # away from the last subject pronoun: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
