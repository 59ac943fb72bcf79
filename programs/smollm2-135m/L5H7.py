"""Mainly the first token (35%); otherwise the previous token, the token ' the' and distant tokens.

head: L5H7
heldout_iou: 0.436
heldout_iou_no_bos: 0.361
name: L5H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L5H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.74, 'first'),                          # the first token: 35%
    (3.18, 'distance', 1),                    # the previous token: 19%
    (5.39, 'key_token', ' the'),              # the token ' the': 18%
    (0.15, 'log_distance'),                   # distant tokens: 8%
    (1.8, 'distance', 2),                     # the token 2 back: 7%
    (1.88, 'distance', 0),                    # the token itself: 7%
    (0.9, 'same_sentence'),                   # the query's own sentence: 5%
    (1.78, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 1%
    (-3.48, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 0%
    (2.84, 'query_distance', 'TO', 1),        # the previous token, from 'to': 0%
    (2.24, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 0%
    (-2.13, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 0%
    (-1.9, 'last', 'DET'),                    # away from the last determiner: 0%
    (1.82, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 0%
    (1.2, 'pair', 'NAME', 'BOS'),             # name -> first token: 0%
    (-0.65, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
