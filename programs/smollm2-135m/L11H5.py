"""Mainly punctuation and newlines (31%), not a term of the program; on repeated random tokens mainly the token itself (46%), not a term of the program; otherwise recent tokens, periods and the previous token.

head: L11H5
heldout_iou: 0.463
heldout_iou_no_bos: 0.465
name: L11H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.47, 'log_distance'),                  # recent tokens: 25%
    (3.16, 'key_class', 'PERIOD'),            # periods: 22%
    (1.24, 'distance', 1),                    # the previous token: 19%
    (1.4, 'same_word'),                       # the query's own word: 11%
    (0.29, 'last', 'CONTENT'),                # the last content word: 8%
    (0.59, 'distance', 2),                    # the token 2 back: 7%
    (0.51, 'key_class', 'CONJ'),              # conjunctions: 3%
    (1.26, 'key_class', 'COMMA'),             # commas: 3%
    (1.4, 'key_class', 'NEWLINE'),            # newlines: 1%
    (2.06, 'key_token', ' The'),              # the token ' The': 1%
    (3.1, 'query_distance', 'DET', 1),        # the previous token, from determiners: 0%
    (-2.65, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (2.51, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 0%
    (-2.21, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 0%
    (-0.85, 'last', 'PERIOD'),                # away from the last period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
