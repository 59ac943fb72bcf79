"""Mainly the token itself; otherwise recent tokens, away from content words and periods.

head: L1H8
heldout_iou: 0.529
heldout_iou_no_bos: 0.530
name: L1H8
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-2.43, 'distance', 0),                   # the token itself: 37%
    (-1.09, 'log_distance'),                  # recent tokens: 33%
    (-1.39, 'key_class', 'CONTENT'),          # away from content words: 18%
    (1.0, 'key_class', 'PERIOD'),             # periods: 10%
    (0.99, 'embed_cosine'),                   # tokens similar to the query: 10%
    (-0.99, 'distance', 1),                   # the previous token: 10%
    (0.76, 'key_class', 'COMMA'),             # commas: 3%
    (-1.62, 'first'),                         # a first-token sink: 3%
    (-1.1, 'key_class', 'NAME'),              # away from names: 3%
    (-1.28, 'key_class', 'VERB_ING'),         # away from -ing verbs: 3%
    (0.66, 'key_class', 'TO'),                # 'to': 2%
    (-1.22, 'key_class', 'VERB_ED'),          # away from -ed verbs: 2%
    (-0.19, 'distance', 2),                   # the token 2 back: 2%
    (0.58, 'key_token', ' and'),              # the token ' and': 2%
    (0.07, 'same_sentence'),                  # the query's own sentence: 1%
    (0.83, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
