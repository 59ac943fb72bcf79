"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and periods.

head: L26H2
heldout_iou: 0.515
heldout_iou_no_bos: 0.427
name: L26H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L26H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.07, 'first'),                          # a first-token sink: 56%
    (1.44, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.37, 'log_distance'),                  # recent tokens: 12%
    (1.19, 'key_class', 'PERIOD'),            # periods: 4%
    (2.45, 'pair', 'DET', 'BOS'),             # determiner -> first token: 3%
    (-1.37, 'pair', 'PREP', 'BOS'),           # away from preposition -> first token: 2%
    (0.75, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (-0.98, 'key_class', 'DET'),              # away from determiners: 2%
    (1.53, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 2%
    (-1.01, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.45, 'last', 'PERIOD'),                 # the last period: 1%
    (-1.76, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.54, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.77, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (1.58, 'last', 'QUOTE'),                  # the last quotation mark: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
