"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and away from the query's own word.

head: L14H4
heldout_iou: 0.553
heldout_iou_no_bos: 0.396
name: L14H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L14H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.74, 'first'),                          # a first-token sink: 66%
    (1.74, 'same_sentence'),                  # the query's own sentence: 15%
    (-0.32, 'log_distance'),                  # recent tokens: 9%
    (-1.15, 'same_word'),                     # away from the query's own word: 5%
    (1.33, 'key_class', 'PERIOD'),            # periods: 3%
    (-2.04, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.92, 'last', 'CONTENT'),                # the last content word: 3%
    (0.48, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.7, 'last', 'PERIOD'),                  # the last period: 2%
    (-1.27, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 2%
    (-1.98, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (0.87, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (0.71, 'last', 'PREP'),                   # the last preposition: 1%
    (0.81, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.26, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
