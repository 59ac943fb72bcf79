"""Mainly the query's own sentence; otherwise recent tokens, away from the query's own word and a first-token sink.

head: L19H4
heldout_iou: 0.564
heldout_iou_no_bos: 0.567
name: L19H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L19H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.05, 'same_sentence'),                  # the query's own sentence: 36%
    (-0.93, 'log_distance'),                  # recent tokens: 34%
    (-1.71, 'same_word'),                     # away from the query's own word: 22%
    (3.91, 'first'),                          # a first-token sink: 17%
    (2.51, 'key_class', 'PERIOD'),            # periods: 16%
    (-0.6, 'distance', 1),                    # the previous token: 7%
    (-2.9, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 4%
    (-0.25, 'embed_cosine'),                  # away from tokens similar to the query: 3%
    (2.62, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (0.75, 'key_class', 'CONJ'),              # conjunctions: 2%
    (0.68, 'key_class', 'COMMA'),             # commas: 2%
    (-0.92, 'key_token', ' the'),             # away from the token ' the': 2%
    (0.7, 'key_class', 'WH'),                 # wh-words: 1%
    (1.41, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.43, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.2, 'key_class', 'QUOTE'),              # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
