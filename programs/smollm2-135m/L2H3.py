"""Mainly punctuation and newlines (28%), not a term of the program; on repeated random tokens mainly the first token (32%); otherwise word starts, periods and the previous token.

head: L2H3
heldout_iou: 0.456
heldout_iou_no_bos: 0.421
name: L2H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L2H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.41, 'word_start'),                     # word starts: 24%
    (2.77, 'key_class', 'PERIOD'),            # periods: 20%
    (2.63, 'first'),                          # the first token: 15%
    (1.2, 'distance', 1),                     # the previous token: 13%
    (2.35, 'key_token', ' the'),              # the token ' the': 10%
    (0.93, 'same_word'),                      # the query's own word: 7%
    (2.61, 'key_class', 'COMMA'),             # commas: 6%
    (1.73, 'key_token', ' and'),              # the token ' and': 4%
    (1.25, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 0%
    (2.87, 'query_distance', 'TO', 1),        # the previous token, from 'to': 0%
    (1.76, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 0%
    (-1.27, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 0%
    (-1.2, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
