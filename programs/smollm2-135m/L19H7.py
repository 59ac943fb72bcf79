"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token itself.

head: L19H7
heldout_iou: 0.618
heldout_iou_no_bos: 0.542
name: L19H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L19H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.24, 'first'),                          # a first-token sink: 57%
    (2.66, 'same_sentence'),                  # the query's own sentence: 32%
    (3.73, 'distance', 1),                    # the previous token: 20%
    (3.05, 'distance', 0),                    # the token itself: 8%
    (2.98, 'distance', 2),                    # the token 2 back: 7%
    (4.64, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 5%
    (2.43, 'last', 'PERIOD'),                 # the last period: 2%
    (1.34, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (1.44, 'distance', 3),                    # the token 3 back: 1%
    (1.61, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (-0.67, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (1.46, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 1%
    (-1.06, 'key_class', 'NAME'),             # away from names: 1%
    (1.18, 'pair', 'COMMA', 'BOS'),           # comma -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
