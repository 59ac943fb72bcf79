"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and tokens similar to the query.

head: L6H6
heldout_iou: 0.480
heldout_iou_no_bos: 0.422
name: L6H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L6H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.91, 'first'),                          # a first-token sink: 29%
    (2.92, 'key_token', ' the'),              # the token ' the': 23%
    (0.84, 'same_token'),                     # earlier copies of the query token: 4%
    (0.24, 'embed_cosine'),                   # tokens similar to the query: 3%
    (-0.9, 'key_class', 'NAME'),              # away from names: 2%
    (0.51, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (-0.24, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (0.66, 'word_start'),                     # word starts: 1%
    (-1.36, 'pair', 'PRON_SUBJ', 'DET'),      # away from subject pronoun -> determiner: 1%
    (0.52, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (0.8, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
