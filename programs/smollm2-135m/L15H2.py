"""Mainly the tokens 2 to 4 back (31%), not a term of the program; on repeated random tokens mainly the first token (32%); otherwise the query's own sentence, the token 2 back and the token 3 back.

head: L15H2
heldout_iou: 0.503
heldout_iou_no_bos: 0.502
name: L15H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L15H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.39, 'same_sentence'),                  # the query's own sentence: 30%
    (4.74, 'first'),                          # the first token: 25%
    (0.52, 'distance', 2),                    # the token 2 back: 14%
    (0.37, 'distance', 3),                    # the token 3 back: 9%
    (2.54, 'key_class', 'PERIOD'),            # periods: 9%
    (0.25, 'last', 'CONTENT'),                # the last content word: 7%
    (-1.01, 'log_distance'),                  # recent tokens: 4%
    (0.51, 'key_class', 'WH'),                # wh-words: 2%
    (2.02, 'key_class', 'NEWLINE'),           # newlines: 0%
    (-2.34, 'distance', 0),                   # away from the token itself: 0%
    (2.31, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (0.89, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.85, 'key_token', ' the'),             # away from the token ' the': 0%
    (-0.64, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
