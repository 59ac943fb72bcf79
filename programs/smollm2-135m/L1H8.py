"""Mainly the token itself; otherwise recent tokens, away from content words and periods.

head: L1H8
heldout_iou: 0.528
heldout_iou_no_bos: 0.528
name: L1H8
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-2.39, 'distance', 0),                   # the token itself: 37%
    (-1.07, 'log_distance'),                  # recent tokens: 33%
    (-1.22, 'key_class', 'CONTENT'),          # away from content words: 16%
    (1.16, 'key_class', 'PERIOD'),            # periods: 11%
    (-0.98, 'distance', 1),                   # the previous token: 10%
    (0.91, 'embed_cosine'),                   # tokens similar to the query: 10%
    (0.9, 'key_class', 'COMMA'),              # commas: 4%
    (0.82, 'key_class', 'TO'),                # 'to': 3%
    (0.15, 'same_sentence'),                  # the query's own sentence: 2%
    (-1.41, 'first'),                         # a first-token sink: 2%
    (-0.93, 'key_class', 'NAME'),             # away from names: 2%
    (0.78, 'key_token', ' and'),              # the token ' and': 2%
    (-0.19, 'distance', 2),                   # the token 2 back: 2%
    (2.39, 'pair', 'PRON_OBJ', 'PRON_SUBJ'),  # object pronoun -> subject pronoun: 1%
    (0.89, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (1.03, 'key_token', '\n'),                # the token '\n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
