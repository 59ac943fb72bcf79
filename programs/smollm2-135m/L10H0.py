"""Mainly recent tokens; otherwise away from the query's own word, periods and the token ' the'.

head: L10H0
heldout_iou: 0.556
heldout_iou_no_bos: 0.557
name: L10H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.16, 'log_distance'),                  # recent tokens: 36%
    (-2.06, 'same_word'),                     # away from the query's own word: 25%
    (2.07, 'key_class', 'PERIOD'),            # periods: 18%
    (2.7, 'key_token', ' the'),               # the token ' the': 17%
    (-0.78, 'last', 'DET'),                   # away from the last determiner: 8%
    (0.52, 'same_sentence'),                  # the query's own sentence: 8%
    (-0.59, 'key_class', 'CONTENT'),          # away from content words: 7%
    (-0.47, 'distance', 1),                   # the previous token: 5%
    (1.2, 'key_class', 'COMMA'),              # commas: 3%
    (0.85, 'key_class', 'CONJ'),              # conjunctions: 3%
    (1.75, 'key_class', 'NEWLINE'),           # newlines: 2%
    (1.22, 'key_token', ' a'),                # the token ' a': 2%
    (-1.04, 'key_class', 'NAME'),             # away from names: 2%
    (1.71, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (2.19, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
