"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and tokens similar to the query.

head: L5H6
heldout_iou: 0.508
heldout_iou_no_bos: 0.393
name: L5H6
form: terms
terms: 10
origin: synthesized (search/terms)
target: L5H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.13, 'first'),                          # a first-token sink: 41%
    (7.94, 'key_token', ' the'),              # the token ' the': 38%
    (7.04, 'same_token'),                     # earlier copies of the query token: 18%
    (0.85, 'embed_cosine'),                   # tokens similar to the query: 9%
    (-2.71, 'distance', 0),                   # the token itself: 8%
    (-2.65, 'same_word'),                     # away from the query's own word: 7%
    (-2.95, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 3%
    (-0.42, 'same_sentence'),                 # away from the query's own sentence: 3%
    (1.54, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (2.61, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
