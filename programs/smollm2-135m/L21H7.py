"""Mostly a first-token sink; otherwise recent tokens, content words and earlier copies of the query token.

head: L21H7
heldout_iou: 0.397
heldout_iou_no_bos: 0.345
name: L21H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L21H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.03, 'first'),                          # a first-token sink: 36%
    (-0.61, 'log_distance'),                  # recent tokens: 22%
    (0.6, 'key_class', 'CONTENT'),            # content words: 9%
    (0.33, 'same_token'),                     # earlier copies of the query token: 3%
    (0.7, 'key_class', 'NAME'),               # names: 3%
    (1.1, 'last', 'PREP'),                    # the last preposition: 3%
    (1.43, 'key_token', ' dog'),              # the token ' dog': 2%
    (1.09, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.61, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (0.71, 'last', 'VERB_ING'),               # the last -ing verb: 1%
    (1.01, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (1.32, 'key_distance', 'DET', 1),         # the previous token when a determiner: 1%
    (0.24, 'key_token', '.'),                 # the token '.': 1%
    (0.19, 'key_class', 'PERIOD'),            # periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
