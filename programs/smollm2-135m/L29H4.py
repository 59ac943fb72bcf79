"""Mainly the token itself; otherwise a first-token sink, recent tokens and the query's own word.

head: L29H4
heldout_iou: 0.574
heldout_iou_no_bos: 0.621
name: L29H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L29H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.05, 'distance', 0),                    # the token itself: 40%
    (5.47, 'first'),                          # a first-token sink: 37%
    (-0.52, 'log_distance'),                  # recent tokens: 32%
    (0.56, 'same_word'),                      # the query's own word: 12%
    (2.78, 'distance', 1),                    # the previous token: 10%
    (0.32, 'same_sentence'),                  # the query's own sentence: 7%
    (0.23, 'same_token'),                     # earlier copies of the query token: 5%
    (1.6, 'pair', 'DET', 'BOS'),              # determiner -> first token: 3%
    (2.22, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (1.7, 'pair', 'PRON_SUBJ', 'BOS'),        # subject pronoun -> first token: 1%
    (-0.55, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
