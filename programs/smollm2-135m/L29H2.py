"""Mainly a first-token sink; otherwise recent tokens, earlier copies of the query token and periods.

head: L29H2
heldout_iou: 0.452
heldout_iou_no_bos: 0.424
name: L29H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L29H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.17, 'first'),                          # a first-token sink: 26%
    (-0.36, 'log_distance'),                  # recent tokens: 15%
    (1.27, 'same_token'),                     # earlier copies of the query token: 13%
    (1.71, 'key_class', 'PERIOD'),            # periods: 11%
    (-0.57, 'same_word'),                     # away from the query's own word: 9%
    (0.4, 'same_sentence'),                   # the query's own sentence: 7%
    (0.23, 'embed_cosine'),                   # tokens similar to the query: 4%
    (1.37, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.6, 'pair', 'DET', 'DET'),              # determiner -> determiner: 1%
    (-2.42, 'pair', 'PRON_SUBJ', 'PERIOD'),   # away from subject pronoun -> period: 1%
    (0.56, 'last', 'COMMA'),                  # the last comma: 1%
    (-1.82, 'pair', 'DET', 'PERIOD'),         # away from determiner -> period: 1%
    (1.07, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.05, 'distance', 0),                    # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
