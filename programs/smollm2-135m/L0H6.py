"""Mainly away from content words; otherwise away from names, a first-token sink and the token '.'.

head: L0H6
heldout_iou: 0.648
heldout_iou_no_bos: 0.650
name: L0H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L0H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.91, 'key_class', 'CONTENT'),          # away from content words: 17%
    (-1.4, 'key_class', 'NAME'),              # away from names: 6%
    (-1.92, 'first'),                         # a first-token sink: 6%
    (0.71, 'key_token', '.'),                 # the token '.': 5%
    (-1.13, 'key_class', 'VERB_ED'),          # away from -ed verbs: 3%
    (1.14, 'key_token', ' of'),               # the token ' of': 2%
    (-1.35, 'key_class', 'VERB_ING'),         # away from -ing verbs: 2%
    (1.68, 'key_token', "'s"),                # the token "'s": 1%
    (0.22, 'key_token', ','),                 # the token ',': 1%
    (0.22, 'key_class', 'COMMA'),             # commas: 1%
    (-0.47, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 1%
    (0.29, 'last', 'COMMA'),                  # the last comma: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
