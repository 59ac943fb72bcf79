"""Mainly a first-token sink; otherwise recent tokens, earlier copies of the query token and periods.

head: L29H2
heldout_iou: 0.455
heldout_iou_no_bos: 0.425
name: L29H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L29H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.26, 'first'),                          # a first-token sink: 29%
    (-0.31, 'log_distance'),                  # recent tokens: 13%
    (1.32, 'same_token'),                     # earlier copies of the query token: 12%
    (1.57, 'key_class', 'PERIOD'),            # periods: 10%
    (0.37, 'same_sentence'),                  # the query's own sentence: 7%
    (-0.48, 'same_word'),                     # away from the query's own word: 6%
    (0.17, 'embed_cosine'),                   # tokens similar to the query: 3%
    (1.38, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.59, 'last', 'COMMA'),                  # the last comma: 1%
    (0.5, 'pair', 'DET', 'DET'),              # determiner -> determiner: 1%
    (-2.4, 'pair', 'PRON_SUBJ', 'PERIOD'),    # away from subject pronoun -> period: 1%
    (-1.94, 'pair', 'DET', 'PERIOD'),         # away from determiner -> period: 1%
    (-0.06, 'distance', 0),                   # the token itself: 1%
    (0.96, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
