"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L14H8
heldout_iou: 0.450
heldout_iou_no_bos: 0.411
name: L14H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L14H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.08, 'first'),                          # a first-token sink: 30%
    (-0.39, 'log_distance'),                  # recent tokens: 13%
    (0.5, 'same_sentence'),                   # the query's own sentence: 9%
    (0.25, 'key_class', 'CONTENT'),           # content words: 4%
    (-0.88, 'key_class', 'DET'),              # away from determiners: 3%
    (0.56, 'key_class', 'PERIOD'),            # periods: 3%
    (0.81, 'key_class', 'VERB_ED'),           # -ed verbs: 3%
    (0.51, 'key_token', '.'),                 # the token '.': 3%
    (1.33, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-0.44, 'same_word'),                     # away from the query's own word: 2%
    (1.71, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.41, 'distance', 0),                   # the token itself: 2%
    (0.2, 'same_token'),                      # earlier copies of the query token: 1%
    (0.12, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
