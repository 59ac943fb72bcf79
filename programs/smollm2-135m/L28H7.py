"""Mainly the query's own sentence; otherwise recent tokens, a first-token sink and periods.

head: L28H7
heldout_iou: 0.475
heldout_iou_no_bos: 0.472
name: L28H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L28H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.27, 'same_sentence'),                  # the query's own sentence: 25%
    (-0.49, 'log_distance'),                  # recent tokens: 21%
    (2.95, 'first'),                          # a first-token sink: 16%
    (1.8, 'key_class', 'PERIOD'),             # periods: 11%
    (0.31, 'embed_cosine'),                   # tokens similar to the query: 5%
    (2.77, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (-0.14, 'same_token'),                    # away from earlier copies of the query token: 2%
    (-0.43, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (1.67, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.28, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 1%
    (0.5, 'last', 'COMMA'),                   # the last comma: 1%
    (0.59, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (2.92, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (0.52, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-1.63, 'pair', 'PRON_SUBJ', 'PERIOD'),   # away from subject pronoun -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
