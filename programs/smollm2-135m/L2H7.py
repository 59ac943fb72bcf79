"""Mainly punctuation and newlines (31%), not a term of the program; on repeated random tokens mainly the tokens 2 to 4 back (17%), not a term of the program; otherwise periods, the query's own sentence and the token ' the'.

head: L2H7
heldout_iou: 0.480
heldout_iou_no_bos: 0.475
name: L2H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L2H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.97, 'key_class', 'PERIOD'),            # periods: 19%
    (0.54, 'same_sentence'),                  # the query's own sentence: 13%
    (3.21, 'key_token', ' the'),              # the token ' the': 13%
    (0.35, 'distance', 1),                    # the previous token: 12%
    (-0.12, 'log_distance'),                  # recent tokens: 11%
    (0.24, 'distance', 2),                    # the token 2 back: 9%
    (1.48, 'first'),                          # the first token: 8%
    (2.92, 'key_class', 'COMMA'),             # commas: 7%
    (1.88, 'key_class', 'CONJ'),              # conjunctions: 5%
    (1.14, 'last', 'AUX'),                    # the last auxiliary: 2%
    (2.0, 'key_class', 'NEWLINE'),            # newlines: 1%
    (1.99, 'key_token', ' The'),              # the token ' The': 0%
    (2.46, 'key_distance', 'PRON_OBJ', 1),    # the previous token when a object pronoun: 0%
    (1.87, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
