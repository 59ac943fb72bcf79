"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L13H8
heldout_iou: 0.408
heldout_iou_no_bos: 0.352
name: L13H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.5, 'first'),                           # a first-token sink: 44%
    (1.85, 'same_sentence'),                  # the query's own sentence: 30%
    (-0.23, 'log_distance'),                  # recent tokens: 10%
    (1.37, 'distance', 1),                    # the previous token: 9%
    (1.94, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 8%
    (0.68, 'key_class', 'CONTENT'),           # content words: 8%
    (1.08, 'distance', 2),                    # the token 2 back: 5%
    (1.71, 'key_class', 'NAME'),              # names: 4%
    (0.82, 'distance', 3),                    # the token 3 back: 3%
    (1.4, 'key_class', 'PERIOD'),             # periods: 2%
    (1.16, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (0.59, 'distance', 4),                    # the token 4 back: 2%
    (-1.45, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 2%
    (1.39, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-1.3, 'key_token', ' the'),              # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
