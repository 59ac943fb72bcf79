"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L21H0
heldout_iou: 0.536
heldout_iou_no_bos: 0.480
name: L21H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L21H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.48, 'first'),                          # a first-token sink: 50%
    (1.99, 'same_sentence'),                  # the query's own sentence: 31%
    (-0.35, 'log_distance'),                  # recent tokens: 18%
    (2.1, 'distance', 1),                     # the previous token: 15%
    (1.33, 'same_token'),                     # earlier copies of the query token: 8%
    (1.63, 'distance', 2),                    # the token 2 back: 6%
    (-0.69, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 5%
    (1.22, 'key_class', 'PERIOD'),            # periods: 3%
    (-1.85, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 2%
    (0.64, 'last', 'PREP'),                   # the last preposition: 2%
    (1.01, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (-1.04, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 1%
    (1.04, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
    (-1.66, 'key_class', 'NAME'),             # away from names: 1%
    (0.73, 'last', 'WH'),                     # the last wh-word: 1%
    (-2.62, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
