"""Mainly recent tokens; otherwise away from content words, periods and 'to'.

head: L1H5
heldout_iou: 0.542
heldout_iou_no_bos: 0.539
name: L1H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L1H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.64, 'log_distance'),                  # recent tokens: 23%
    (-1.53, 'key_class', 'CONTENT'),          # away from content words: 20%
    (1.09, 'key_class', 'PERIOD'),            # periods: 12%
    (1.25, 'key_class', 'TO'),                # 'to': 6%
    (0.57, 'key_class', 'PREP'),              # prepositions: 6%
    (-3.47, 'first'),                         # a first-token sink: 4%
    (-1.97, 'key_class', 'NAME'),             # away from names: 4%
    (-1.05, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 3%
    (-1.48, 'key_class', 'VERB_ING'),         # away from -ing verbs: 3%
    (-1.05, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 2%
    (-1.13, 'key_class', 'VERB_ED'),          # away from -ed verbs: 2%
    (0.24, 'distance', 1),                    # the previous token: 2%
    (2.37, 'key_distance', 'COMMA', 1),       # the previous token when a comma: 1%
    (0.18, 'distance', 2),                    # the token 2 back: 1%
    (0.97, 'key_token', '\n'),                # the token '\n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
