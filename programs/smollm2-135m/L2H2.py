"""Mostly recent tokens; otherwise away from earlier copies of the query token, the previous token and periods.

head: L2H2
heldout_iou: 0.616
heldout_iou_no_bos: 0.618
name: L2H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L2H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.64, 'log_distance'),                  # recent tokens: 51%
    (-1.29, 'same_token'),                    # away from earlier copies of the query token: 15%
    (-0.82, 'distance', 1),                   # the previous token: 13%
    (1.27, 'key_class', 'PERIOD'),            # periods: 9%
    (2.41, 'first'),                          # a first-token sink: 8%
    (0.44, 'same_sentence'),                  # the query's own sentence: 8%
    (-0.72, 'same_word'),                     # away from the query's own word: 7%
    (-0.68, 'distance', 0),                   # the token itself: 6%
    (-0.37, 'last', 'CONTENT'),               # away from the last content word: 3%
    (1.33, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 1%
    (0.54, 'word_start'),                     # word starts: 1%
    (-0.1, 'embed_cosine'),                   # away from tokens similar to the query: 1%
    (1.9, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 1%
    (0.79, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (0.9, 'key_class', 'NEWLINE'),            # newlines: 1%
    (0.92, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
