"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and the previous token.

head: L26H4
heldout_iou: 0.619
heldout_iou_no_bos: 0.500
name: L26H4
form: terms
terms: 13
origin: synthesized (search/terms)
target: L26H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.57, 'first'),                          # a first-token sink: 62%
    (1.86, 'same_sentence'),                  # the query's own sentence: 24%
    (3.06, 'same_token'),                     # earlier copies of the query token: 19%
    (2.3, 'distance', 1),                     # the previous token: 7%
    (-0.11, 'log_distance'),                  # recent tokens: 6%
    (1.86, 'key_class', 'PERIOD'),            # periods: 4%
    (1.34, 'distance', 2),                    # the token 2 back: 2%
    (1.69, 'key_distance', 'PREP', 1),        # the previous token when a preposition: 1%
    (0.97, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (-0.83, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (-0.06, 'same_word'),                     # away from the query's own word: 1%
    (0.47, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (0.84, 'pair', 'VERB_ED', 'BOS'),         # -ed verb -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
