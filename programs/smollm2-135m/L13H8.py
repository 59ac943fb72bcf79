"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the last name.

head: L13H8
heldout_iou: 0.397
heldout_iou_no_bos: 0.340
name: L13H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.52, 'first'),                          # a first-token sink: 43%
    (1.94, 'same_sentence'),                  # the query's own sentence: 32%
    (1.31, 'distance', 1),                    # the previous token: 9%
    (1.52, 'last', 'NAME'),                   # the last name: 5%
    (1.07, 'distance', 2),                    # the token 2 back: 5%
    (1.66, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (0.9, 'key_class', 'PRON_SUBJ'),          # subject pronouns: 3%
    (0.16, 'key_class', 'CONTENT'),           # content words: 2%
    (0.59, 'distance', 3),                    # the token 3 back: 2%
    (-1.05, 'key_class', 'PREP'),             # away from prepositions: 2%
    (0.39, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 1%
    (-0.45, 'key_class', 'DET'),              # away from determiners: 1%
    (0.27, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (-1.19, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.57, 'key_distance', 'CONTENT', 4),     # the token 4 back when a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
