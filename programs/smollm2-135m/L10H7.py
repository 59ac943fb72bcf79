"""Mainly the token ' the'; otherwise recent tokens, away from content words and the query's own sentence.

head: L10H7
heldout_iou: 0.473
heldout_iou_no_bos: 0.475
name: L10H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L10H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.03, 'key_token', ' the'),              # the token ' the': 15%
    (-0.39, 'log_distance'),                  # recent tokens: 14%
    (-0.64, 'key_class', 'CONTENT'),          # away from content words: 11%
    (0.5, 'same_sentence'),                   # the query's own sentence: 8%
    (-0.8, 'last', 'DET'),                    # away from the last determiner: 7%
    (-1.46, 'key_class', 'NAME'),             # away from names: 6%
    (-1.36, 'first'),                         # a first-token sink: 3%
    (-0.49, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (0.24, 'key_class', 'PERIOD'),            # periods: 1%
    (1.07, 'pair', 'PREP', 'DET'),            # preposition -> determiner: 1%
    (-0.19, 'key_class', 'PREP'),             # away from prepositions: 1%
    (0.1, 'key_token', '.'),                  # the token '.': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
