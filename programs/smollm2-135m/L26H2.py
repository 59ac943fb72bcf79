"""Mostly a first-token sink; otherwise the query's own sentence, away from content words and the last period.

head: L26H2
heldout_iou: 0.516
heldout_iou_no_bos: 0.420
name: L26H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L26H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.39, 'first'),                          # a first-token sink: 54%
    (2.13, 'same_sentence'),                  # the query's own sentence: 21%
    (-0.65, 'key_class', 'CONTENT'),          # away from content words: 6%
    (2.1, 'last', 'PERIOD'),                  # the last period: 5%
    (2.67, 'pair', 'DET', 'BOS'),             # determiner -> first token: 3%
    (-1.32, 'key_class', 'DET'),              # away from determiners: 3%
    (-1.21, 'pair', 'PREP', 'BOS'),           # away from preposition -> first token: 2%
    (-0.49, 'key_class', 'PREP'),             # away from prepositions: 1%
    (1.41, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
    (1.8, 'pair', 'NAME', 'BOS'),             # name -> first token: 1%
    (2.15, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 1%
    (-1.52, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.97, 'pair', 'PERIOD', 'PRON_SUBJ'),    # period -> subject pronoun: 1%
    (-1.78, 'key_class', 'NUMBER'),           # away from numbers: 1%
    (1.22, 'last', 'QUOTE'),                  # the last quotation mark: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
