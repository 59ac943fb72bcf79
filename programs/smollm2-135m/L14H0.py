"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L14H0
heldout_iou: 0.568
heldout_iou_no_bos: 0.506
name: L14H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L14H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.93, 'first'),                          # a first-token sink: 46%
    (2.33, 'same_sentence'),                  # the query's own sentence: 35%
    (-0.24, 'log_distance'),                  # recent tokens: 11%
    (1.12, 'distance', 1),                    # the previous token: 8%
    (0.8, 'distance', 3),                     # the token 3 back: 4%
    (0.75, 'distance', 2),                    # the token 2 back: 3%
    (-1.06, 'key_class', 'NAME'),             # away from names: 3%
    (0.34, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.05, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-0.4, 'key_class', 'DET'),               # away from determiners: 2%
    (-1.01, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 2%
    (-0.95, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (-0.3, 'key_distance', 'CONTENT', 2),     # away from the token 2 back when a content word: 1%
    (-0.49, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
