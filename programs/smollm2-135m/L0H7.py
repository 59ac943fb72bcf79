"""Mainly recent tokens; otherwise away from content words, away from tokens similar to the query and away from names.

head: L0H7
heldout_iou: 0.597
heldout_iou_no_bos: 0.596
name: L0H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L0H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.5, 'log_distance'),                   # recent tokens: 16%
    (-0.71, 'key_class', 'CONTENT'),          # away from content words: 13%
    (-0.79, 'embed_cosine'),                  # away from tokens similar to the query: 10%
    (-1.17, 'key_class', 'NAME'),             # away from names: 3%
    (0.45, 'key_class', 'AUX'),               # auxiliaries: 3%
    (0.79, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (1.93, 'key_token', "'s"),                # the token "'s": 2%
    (0.58, 'key_class', 'TO'),                # 'to': 2%
    (-0.83, 'key_class', 'VERB_ED'),          # away from -ed verbs: 2%
    (-0.92, 'key_token', ' a'),               # away from the token ' a': 2%
    (0.9, 'key_class', 'NEWLINE'),            # newlines: 1%
    (1.16, 'key_token', ' The'),              # the token ' The': 1%
    (-2.04, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
