"""Mainly distant tokens; otherwise earlier copies of the query token, a first-token sink and periods.

head: L2H4
heldout_iou: 0.442
heldout_iou_no_bos: 0.414
name: L2H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (0.7, 'log_distance'),                    # distant tokens: 26%
    (3.73, 'same_token'),                     # earlier copies of the query token: 21%
    (2.57, 'first'),                          # a first-token sink: 19%
    (2.6, 'key_class', 'PERIOD'),             # periods: 18%
    (2.19, 'key_token', ' the'),              # the token ' the': 9%
    (0.53, 'embed_cosine'),                   # tokens similar to the query: 8%
    (2.44, 'key_class', 'COMMA'),             # commas: 7%
    (-0.59, 'same_word'),                     # away from the query's own word: 5%
    (2.03, 'key_token', ' and'),              # the token ' and': 3%
    (-2.25, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 3%
    (-2.83, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 3%
    (-3.15, 'pair', 'COMMA', 'COMMA'),        # away from comma -> comma: 2%
    (-2.83, 'pair', 'CONJ', 'CONJ'),          # away from conjunction -> conjunction: 1%
    (3.19, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),  # subject pronoun -> object pronoun: 1%
    (2.71, 'pair', 'PRON_OBJ', 'PRON_SUBJ'),  # object pronoun -> subject pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
