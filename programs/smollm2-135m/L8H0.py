"""Mainly the token ' the'; otherwise a first-token sink, earlier copies of the query token and away from the query's own word.

head: L8H0
heldout_iou: 0.515
heldout_iou_no_bos: 0.459
name: L8H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L8H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.14, 'key_token', ' the'),              # the token ' the': 41%
    (7.46, 'first'),                          # a first-token sink: 39%
    (6.85, 'same_token'),                     # earlier copies of the query token: 15%
    (-1.65, 'same_word'),                     # away from the query's own word: 14%
    (0.29, 'log_distance'),                   # distant tokens: 8%
    (1.29, 'key_class', 'CONTENT'),           # content words: 3%
    (-4.45, 'last', 'NUMBER'),                # away from the last number: 3%
    (0.67, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (0.2, 'embed_cosine'),                    # tokens similar to the query: 2%
    (6.16, 'key_class', 'NUMBER'),            # numbers: 1%
    (1.81, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (1.9, 'pair', 'NAME', 'NAME'),            # name -> name: 1%
    (6.86, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),  # subject pronoun -> object pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
