"""Mainly punctuation and newlines (32%), not a term of the program; on repeated random tokens mainly the first token (32%); otherwise periods, word starts and the previous token.

head: L2H5
heldout_iou: 0.482
heldout_iou_no_bos: 0.458
name: L2H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.89, 'key_class', 'PERIOD'),            # periods: 22%
    (1.27, 'word_start'),                     # word starts: 20%
    (1.01, 'distance', 1),                    # the previous token: 14%
    (2.23, 'first'),                          # the first token: 11%
    (0.59, 'same_word'),                      # the query's own word: 7%
    (1.99, 'key_token', ' the'),              # the token ' the': 7%
    (2.6, 'key_class', 'COMMA'),              # commas: 6%
    (1.66, 'key_class', 'CONJ'),              # conjunctions: 4%
    (1.25, 'key_token', ' a'),                # the token ' a': 3%
    (1.19, 'last', 'AUX'),                    # the last auxiliary: 2%
    (1.92, 'key_class', 'NEWLINE'),           # newlines: 1%
    (2.36, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
    (2.84, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (2.0, 'query_distance', 'PREP', 1),       # the previous token, from prepositions: 0%
    (-0.93, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
