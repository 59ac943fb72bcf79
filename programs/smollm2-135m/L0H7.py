"""Mainly recent tokens; otherwise away from content words, away from tokens similar to the query and away from names.

head: L0H7
heldout_iou: 0.598
heldout_iou_no_bos: 0.599
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
    (-0.53, 'log_distance'),                  # recent tokens: 16%
    (-0.58, 'key_class', 'CONTENT'),          # away from content words: 12%
    (-0.75, 'embed_cosine'),                  # away from tokens similar to the query: 9%
    (-1.11, 'key_class', 'NAME'),             # away from names: 6%
    (-0.54, 'same_token'),                    # away from earlier copies of the query token: 3%
    (-1.08, 'key_token', ' a'),               # away from the token ' a': 3%
    (-0.36, 'distance', 1),                   # the previous token: 3%
    (0.56, 'key_class', 'TO'),                # 'to': 2%
    (0.76, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (-0.58, 'key_class', 'VERB_ED'),          # away from -ed verbs: 2%
    (1.69, 'key_token', "'s"),                # the token "'s": 2%
    (1.22, 'key_token', ' The'),              # the token ' The': 1%
    (1.4, 'key_token', ' They'),              # the token ' They': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
