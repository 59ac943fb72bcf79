"""Mainly periods; otherwise a first-token sink, the query's own sentence and quotation marks.

head: L28H6
heldout_iou: 0.533
heldout_iou_no_bos: 0.519
name: L28H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L28H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.37, 'key_class', 'PERIOD'),            # periods: 22%
    (2.35, 'first'),                          # a first-token sink: 21%
    (0.32, 'same_sentence'),                  # the query's own sentence: 4%
    (2.85, 'key_class', 'QUOTE'),             # quotation marks: 3%
    (2.07, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (2.41, 'key_class', 'NEWLINE'),           # newlines: 2%
    (0.73, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (-0.59, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.72, 'key_class', 'PREP'),             # away from prepositions: 2%
    (0.93, 'key_class', 'COMMA'),             # commas: 2%
    (3.57, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (-0.9, 'key_class', 'TO'),                # away from 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
