"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L14H0
heldout_iou: 0.581
heldout_iou_no_bos: 0.513
name: L14H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L14H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.17, 'first'),                          # a first-token sink: 49%
    (2.37, 'same_sentence'),                  # the query's own sentence: 33%
    (1.68, 'distance', 1),                    # the previous token: 9%
    (1.4, 'distance', 2),                     # the token 2 back: 6%
    (1.1, 'distance', 3),                     # the token 3 back: 4%
    (0.6, 'same_token'),                      # earlier copies of the query token: 2%
    (-0.52, 'key_class', 'DET'),              # away from determiners: 2%
    (0.63, 'distance', 4),                    # the token 4 back: 2%
    (-1.03, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.03, 'log_distance'),                   # distant tokens: 1%
    (-0.47, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (-0.76, 'key_class', 'NAME'),             # away from names: 1%
    (0.55, 'key_class', 'PERIOD'),            # periods: 1%
    (0.91, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.94, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 1%
    (-1.62, 'pair', 'NEWLINE', 'BOS'),        # away from newline -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
