"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and recent tokens.

head: L27H5
heldout_iou: 0.552
heldout_iou_no_bos: 0.472
name: L27H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L27H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.07, 'first'),                          # a first-token sink: 52%
    (1.79, 'same_sentence'),                  # the query's own sentence: 25%
    (1.24, 'same_token'),                     # earlier copies of the query token: 10%
    (-0.18, 'log_distance'),                  # recent tokens: 8%
    (1.2, 'key_class', 'PERIOD'),             # periods: 5%
    (0.96, 'last', 'PERIOD'),                 # the last period: 3%
    (0.78, 'distance', 1),                    # the previous token: 3%
    (1.13, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 3%
    (1.72, 'pair', 'DET', 'BOS'),             # determiner -> first token: 3%
    (0.71, 'distance', 2),                    # the token 2 back: 3%
    (1.75, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 2%
    (2.03, 'last', 'QUOTE'),                  # the last quotation mark: 1%
    (1.17, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.09, 'distance', 0),                    # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
