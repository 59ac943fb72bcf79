"""Mainly the token ' the'; otherwise a first-token sink, the query's own sentence and away from the last determiner.

head: L4H6
heldout_iou: 0.416
heldout_iou_no_bos: 0.368
name: L4H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L4H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.95, 'key_token', ' the'),              # the token ' the': 37%
    (4.46, 'first'),                          # a first-token sink: 28%
    (1.61, 'same_sentence'),                  # the query's own sentence: 21%
    (-1.75, 'last', 'DET'),                   # away from the last determiner: 14%
    (-0.41, 'log_distance'),                  # recent tokens: 13%
    (1.38, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 5%
    (0.86, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (0.66, 'distance', 1),                    # the previous token: 4%
    (1.68, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.41, 'same_word'),                     # away from the query's own word: 2%
    (0.96, 'last', 'AUX'),                    # the last auxiliary: 2%
    (0.19, 'key_class', 'CONTENT'),           # content words: 1%
    (1.88, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.77, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (1.11, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
