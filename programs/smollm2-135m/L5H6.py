"""Mainly a first-token sink; otherwise the token ' the', away from the query's own word and earlier copies of the query token.

head: L5H6
heldout_iou: 0.520
heldout_iou_no_bos: 0.380
name: L5H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L5H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.52, 'first'),                          # a first-token sink: 42%
    (9.19, 'key_token', ' the'),              # the token ' the': 39%
    (-4.94, 'same_word'),                     # away from the query's own word: 30%
    (7.79, 'same_token'),                     # earlier copies of the query token: 13%
    (2.83, 'key_class', 'CONTENT'),           # content words: 5%
    (0.23, 'log_distance'),                   # distant tokens: 4%
    (-4.82, 'last', 'NUMBER'),                # away from the last number: 3%
    (7.37, 'key_class', 'NUMBER'),            # numbers: 1%
    (5.38, 'key_token', ' mother'),           # the token ' mother': 1%
    (3.46, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (0.09, 'embed_cosine'),                   # tokens similar to the query: 1%
    (3.39, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (7.85, 'pair', 'PRON_OBJ', 'PRON_SUBJ'),  # object pronoun -> subject pronoun: 1%
    (7.87, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),  # subject pronoun -> object pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
