"""Mainly periods; otherwise a first-token sink, recent tokens and the query's own sentence.

head: L12H1
heldout_iou: 0.619
heldout_iou_no_bos: 0.605
name: L12H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L12H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.33, 'key_class', 'PERIOD'),            # periods: 21%
    (2.37, 'first'),                          # a first-token sink: 14%
    (-0.4, 'log_distance'),                   # recent tokens: 13%
    (0.52, 'same_sentence'),                  # the query's own sentence: 8%
    (-1.16, 'same_word'),                     # away from the query's own word: 7%
    (1.17, 'key_class', 'COMMA'),             # commas: 3%
    (0.78, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 3%
    (-0.45, 'distance', 1),                   # the previous token: 3%
    (2.93, 'key_token', '\n'),                # the token '\n': 3%
    (0.93, 'key_class', 'CONJ'),              # conjunctions: 3%
    (2.08, 'key_class', 'QUOTE'),             # quotation marks: 2%
    (-1.42, 'key_token', ' the'),             # away from the token ' the': 2%
    (0.91, 'key_class', 'WH'),                # wh-words: 1%
    (1.04, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.18, 'key_token', ' The'),              # the token ' The': 1%
    (1.47, 'key_token', ' \n'),               # the token ' \n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
