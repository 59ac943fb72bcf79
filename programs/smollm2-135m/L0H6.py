"""Mostly away from content words; otherwise periods, a first-token sink and away from names.

head: L0H6
heldout_iou: 0.664
heldout_iou_no_bos: 0.667
name: L0H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.16, 'key_class', 'CONTENT'),          # away from content words: 18%
    (0.71, 'key_class', 'PERIOD'),            # periods: 7%
    (-1.87, 'first'),                         # a first-token sink: 6%
    (-1.67, 'key_class', 'NAME'),             # away from names: 4%
    (-1.36, 'key_class', 'VERB_ING'),         # away from -ing verbs: 3%
    (-1.34, 'key_class', 'VERB_ED'),          # away from -ed verbs: 2%
    (0.57, 'key_class', 'COMMA'),             # commas: 2%
    (0.27, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.62, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 2%
    (0.87, 'key_token', ' of'),               # the token ' of': 1%
    (0.73, 'key_token', ' with'),             # the token ' with': 1%
    (0.36, 'key_class', 'TO'),                # 'to': 1%
    (2.0, 'key_token', "'s"),                 # the token "'s": 1%
    (1.03, 'key_token', '\n'),                # the token '\n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
