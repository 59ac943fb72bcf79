"""Mainly recent tokens; otherwise away from content words, away from tokens similar to the query and the token '.'.

head: L0H7
heldout_iou: 0.594
heldout_iou_no_bos: 0.593
name: L0H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L0H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.47, 'log_distance'),                  # recent tokens: 15%
    (-0.67, 'key_class', 'CONTENT'),          # away from content words: 12%
    (-0.88, 'embed_cosine'),                  # away from tokens similar to the query: 10%
    (0.57, 'key_token', '.'),                 # the token '.': 4%
    (-1.17, 'key_class', 'NAME'),             # away from names: 3%
    (0.49, 'key_class', 'AUX'),               # auxiliaries: 3%
    (2.0, 'key_token', "'s"),                 # the token "'s": 2%
    (-0.9, 'key_class', 'VERB_ED'),           # away from -ed verbs: 2%
    (0.57, 'key_class', 'TO'),                # 'to': 2%
    (-0.93, 'key_token', ' a'),               # away from the token ' a': 2%
    (1.06, 'key_token', ' \n'),               # the token ' \n': 1%
    (-2.72, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
    (1.11, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
