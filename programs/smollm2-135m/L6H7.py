"""Mainly the token ' the'; otherwise a first-token sink, the query's own sentence and away from the last determiner.

head: L6H7
heldout_iou: 0.505
heldout_iou_no_bos: 0.445
name: L6H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L6H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.86, 'key_token', ' the'),              # the token ' the': 34%
    (4.37, 'first'),                          # a first-token sink: 33%
    (0.94, 'same_sentence'),                  # the query's own sentence: 13%
    (-1.25, 'last', 'DET'),                   # away from the last determiner: 10%
    (1.9, 'distance', 1),                     # the previous token: 7%
    (1.55, 'same_word'),                      # the query's own word: 7%
    (0.42, 'key_class', 'CONTENT'),           # content words: 4%
    (1.12, 'distance', 2),                    # the token 2 back: 3%
    (-2.0, 'key_distance', 'DET', 1),         # away from the previous token when a determiner: 2%
    (-0.34, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 1%
    (0.77, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.68, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
