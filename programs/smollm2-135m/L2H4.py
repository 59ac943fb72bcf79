"""Mainly distant tokens; otherwise earlier copies of the query token, periods and a first-token sink.

head: L2H4
heldout_iou: 0.435
heldout_iou_no_bos: 0.408
name: L2H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L2H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (0.81, 'log_distance'),                   # distant tokens: 31%
    (3.23, 'same_token'),                     # earlier copies of the query token: 20%
    (2.59, 'key_class', 'PERIOD'),            # periods: 18%
    (2.4, 'first'),                           # a first-token sink: 17%
    (2.17, 'key_token', ' the'),              # the token ' the': 9%
    (0.56, 'embed_cosine'),                   # tokens similar to the query: 9%
    (2.54, 'key_class', 'COMMA'),             # commas: 7%
    (1.95, 'key_token', ' and'),              # the token ' and': 4%
    (-2.62, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 3%
    (-1.95, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 3%
    (-2.79, 'pair', 'COMMA', 'COMMA'),        # away from comma -> comma: 1%
    (3.13, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),  # subject pronoun -> object pronoun: 1%
    (0.88, 'pair', 'AUX', 'AUX'),             # auxiliary -> auxiliary: 1%
    (2.78, 'pair', 'PRON_OBJ', 'PRON_SUBJ'),  # object pronoun -> subject pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
