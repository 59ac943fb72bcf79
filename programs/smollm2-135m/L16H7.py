"""Mainly the query's own sentence; otherwise a first-token sink, the previous token and the token 2 back.

head: L16H7
heldout_iou: 0.537
heldout_iou_no_bos: 0.480
name: L16H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L16H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.17, 'same_sentence'),                  # the query's own sentence: 44%
    (5.49, 'first'),                          # a first-token sink: 41%
    (1.77, 'distance', 1),                    # the previous token: 12%
    (1.71, 'distance', 2),                    # the token 2 back: 10%
    (1.39, 'distance', 3),                    # the token 3 back: 6%
    (2.46, 'last', 'PERIOD'),                 # the last period: 4%
    (2.21, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (0.94, 'distance', 4),                    # the token 4 back: 3%
    (-0.68, 'key_class', 'DET'),              # away from determiners: 2%
    (0.43, 'same_token'),                     # earlier copies of the query token: 2%
    (0.6, 'distance', 5),                     # the token 5 back: 1%
    (0.66, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (-0.46, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (-0.91, 'key_class', 'NAME'),             # away from names: 1%
    (-0.56, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 1%
    (-1.05, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
