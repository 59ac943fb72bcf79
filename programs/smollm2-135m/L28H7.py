"""Mainly the query's own sentence; otherwise recent tokens, a first-token sink and periods.

head: L28H7
heldout_iou: 0.476
heldout_iou_no_bos: 0.474
name: L28H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L28H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.29, 'same_sentence'),                  # the query's own sentence: 25%
    (-0.48, 'log_distance'),                  # recent tokens: 21%
    (2.93, 'first'),                          # a first-token sink: 16%
    (1.75, 'key_class', 'PERIOD'),            # periods: 11%
    (-0.62, 'distance', 0),                   # the token itself: 10%
    (0.47, 'embed_cosine'),                   # tokens similar to the query: 8%
    (0.26, 'same_token'),                     # earlier copies of the query token: 3%
    (2.77, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.57, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (1.59, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.47, 'last', 'COMMA'),                  # the last comma: 1%
    (0.59, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (2.85, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (-1.72, 'pair', 'PRON_SUBJ', 'PERIOD'),   # away from subject pronoun -> period: 1%
    (0.43, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
