"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from tokens similar to the query.

head: L25H3
heldout_iou: 0.586
heldout_iou_no_bos: 0.417
name: L25H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L25H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.29, 'first'),                          # a first-token sink: 77%
    (-0.86, 'log_distance'),                  # recent tokens: 14%
    (2.08, 'same_sentence'),                  # the query's own sentence: 13%
    (-0.8, 'embed_cosine'),                   # away from tokens similar to the query: 6%
    (-3.16, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 2%
    (-1.84, 'key_class', 'NAME'),             # away from names: 1%
    (2.34, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (0.89, 'key_class', 'PERIOD'),            # periods: 1%
    (0.87, 'key_token', '.'),                 # the token '.': 1%
    (1.35, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.82, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
