"""Mainly earlier copies of the query token; otherwise periods, the query's own sentence and the query's own word.

head: L11H4
heldout_iou: 0.533
heldout_iou_no_bos: 0.530
name: L11H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.71, 'same_token'),                     # earlier copies of the query token: 27%
    (2.45, 'key_class', 'PERIOD'),            # periods: 23%
    (1.16, 'same_sentence'),                  # the query's own sentence: 20%
    (1.18, 'same_word'),                      # the query's own word: 19%
    (-1.23, 'key_class', 'CONTENT'),          # away from content words: 15%
    (-1.17, 'key_class', 'PREP'),             # away from prepositions: 4%
    (-2.18, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (0.68, 'distance', 1),                    # the previous token: 3%
    (-1.12, 'key_class', 'NAME'),             # away from names: 2%
    (-1.49, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 2%
    (-1.11, 'key_class', 'VERB_ING'),         # away from -ing verbs: 2%
    (-1.21, 'key_class', 'VERB_ED'),          # away from -ed verbs: 2%
    (1.39, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-3.54, 'query_distance', 'NEWLINE', 0),  # away from itself, from newlines: 1%
    (0.51, 'key_token', ' and'),              # the token ' and': 1%
    (0.37, 'key_class', 'COMMA'),             # commas: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
