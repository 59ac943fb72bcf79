"""Mainly periods; otherwise a first-token sink, the query's own sentence and quotation marks.

head: L28H6
heldout_iou: 0.538
heldout_iou_no_bos: 0.521
name: L28H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L28H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.37, 'key_class', 'PERIOD'),            # periods: 22%
    (2.35, 'first'),                          # a first-token sink: 20%
    (0.36, 'same_sentence'),                  # the query's own sentence: 4%
    (2.76, 'key_class', 'QUOTE'),             # quotation marks: 3%
    (2.37, 'key_class', 'NEWLINE'),           # newlines: 3%
    (2.19, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (-0.86, 'key_class', 'PREP'),             # away from prepositions: 2%
    (-0.61, 'key_class', 'DET'),              # away from determiners: 2%
    (0.66, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (0.92, 'key_class', 'COMMA'),             # commas: 2%
    (3.49, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (-1.12, 'key_class', 'TO'),               # away from 'to': 1%
    (2.87, 'pair', 'PERIOD', 'NEWLINE'),      # period -> newline: 1%
    (-1.0, 'pair', 'PRON_SUBJ', 'BOS'),       # away from subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
