"""Mainly a first-token sink; otherwise the token ' the', away from the query's own word and earlier copies of the query token.

head: L9H2
heldout_iou: 0.450
heldout_iou_no_bos: 0.362
name: L9H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L9H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.39, 'first'),                          # a first-token sink: 32%
    (3.1, 'key_token', ' the'),               # the token ' the': 21%
    (-2.11, 'same_word'),                     # away from the query's own word: 15%
    (3.1, 'same_token'),                      # earlier copies of the query token: 11%
    (-0.48, 'same_sentence'),                 # away from the query's own sentence: 5%
    (0.84, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (1.0, 'key_class', 'PERIOD'),             # periods: 3%
    (-2.88, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 3%
    (0.11, 'key_class', 'CONTENT'),           # content words: 1%
    (1.41, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (-0.35, 'last', 'CONTENT'),               # away from the last content word: 1%
    (2.62, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),  # subject pronoun -> object pronoun: 1%
    (2.0, 'key_token', ' mother'),            # the token ' mother': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
