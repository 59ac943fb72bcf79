"""Mostly a first-token sink; otherwise earlier copies of the query token, recent tokens and the last content word.

head: L17H0
heldout_iou: 0.481
heldout_iou_no_bos: 0.357
name: L17H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L17H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.08, 'first'),                          # a first-token sink: 53%
    (1.31, 'same_token'),                     # earlier copies of the query token: 7%
    (-0.16, 'log_distance'),                  # recent tokens: 5%
    (0.96, 'last', 'CONTENT'),                # the last content word: 4%
    (0.29, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-1.45, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 2%
    (0.89, 'last', 'PERIOD'),                 # the last period: 2%
    (-1.13, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 1%
    (-0.81, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (-0.48, 'key_class', 'DET'),              # away from determiners: 1%
    (1.34, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.29, 'pair', 'PRON_OBJ', 'BOS'),       # away from object pronoun -> first token: 1%
    (0.56, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-0.16, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
