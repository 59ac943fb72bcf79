"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and content words.

head: L21H6
heldout_iou: 0.493
heldout_iou_no_bos: 0.430
name: L21H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L21H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.75, 'first'),                          # a first-token sink: 43%
    (0.91, 'same_sentence'),                  # the query's own sentence: 15%
    (-0.28, 'log_distance'),                  # recent tokens: 11%
    (0.65, 'key_class', 'CONTENT'),           # content words: 10%
    (0.97, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (0.63, 'distance', 1),                    # the previous token: 4%
    (1.39, 'last', 'PERIOD'),                 # the last period: 3%
    (0.4, 'same_token'),                      # earlier copies of the query token: 3%
    (1.86, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (-1.08, 'key_class', 'DET'),              # away from determiners: 3%
    (-0.39, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 2%
    (0.3, 'last', 'CONTENT'),                 # the last content word: 2%
    (0.31, 'same_word'),                      # the query's own word: 2%
    (-0.75, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (1.4, 'pair', 'NAME', 'BOS'),             # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
