"""Mostly a first-token sink; otherwise earlier copies of the query token, the query's own word and the query's own sentence.

head: L29H0
heldout_iou: 0.611
heldout_iou_no_bos: 0.553
name: L29H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L29H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.64, 'first'),                          # a first-token sink: 52%
    (1.57, 'same_token'),                     # earlier copies of the query token: 19%
    (1.15, 'same_word'),                      # the query's own word: 15%
    (0.8, 'same_sentence'),                   # the query's own sentence: 14%
    (0.27, 'embed_cosine'),                   # tokens similar to the query: 5%
    (0.52, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (-0.03, 'log_distance'),                  # recent tokens: 2%
    (0.94, 'distance', 1),                    # the previous token: 2%
    (0.1, 'distance', 0),                     # the token itself: 2%
    (0.75, 'last', 'PERIOD'),                 # the last period: 2%
    (1.19, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
    (-0.53, 'pair', 'DET', 'BOS'),            # away from determiner -> first token: 1%
    (0.45, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (-0.87, 'key_class', 'TO'),               # away from 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
