"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L22H8
heldout_iou: 0.534
heldout_iou_no_bos: 0.448
name: L22H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L22H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.27, 'first'),                          # a first-token sink: 61%
    (-0.42, 'log_distance'),                  # recent tokens: 15%
    (0.85, 'same_sentence'),                  # the query's own sentence: 12%
    (1.33, 'distance', 1),                    # the previous token: 6%
    (0.32, 'key_class', 'CONTENT'),           # content words: 3%
    (0.38, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.89, 'distance', 2),                    # the token 2 back: 3%
    (1.57, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.38, 'distance', 0),                    # the token itself: 2%
    (1.15, 'last', 'PERIOD'),                 # the last period: 2%
    (0.27, 'same_token'),                     # earlier copies of the query token: 2%
    (0.22, 'same_word'),                      # the query's own word: 1%
    (-1.02, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.39, 'last', 'PREP'),                   # the last preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
