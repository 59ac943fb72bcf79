"""Mainly periods; otherwise recent tokens, a first-token sink and away from the query's own word.

head: L12H1
heldout_iou: 0.617
heldout_iou_no_bos: 0.606
name: L12H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L12H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.37, 'key_class', 'PERIOD'),            # periods: 22%
    (-0.48, 'log_distance'),                  # recent tokens: 15%
    (2.41, 'first'),                          # a first-token sink: 13%
    (-1.42, 'same_word'),                     # away from the query's own word: 9%
    (0.57, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.61, 'distance', 1),                   # the previous token: 4%
    (1.19, 'key_class', 'COMMA'),             # commas: 3%
    (0.78, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 3%
    (0.93, 'key_class', 'CONJ'),              # conjunctions: 3%
    (2.86, 'key_token', '\n'),                # the token '\n': 2%
    (-0.39, 'distance', 2),                   # the token 2 back: 2%
    (2.15, 'key_class', 'QUOTE'),             # quotation marks: 2%
    (-1.39, 'key_token', ' the'),             # away from the token ' the': 2%
    (0.93, 'key_class', 'WH'),                # wh-words: 1%
    (1.1, 'key_token', ' The'),               # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
