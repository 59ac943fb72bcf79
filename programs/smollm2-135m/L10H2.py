"""Mainly the previous token (29%); otherwise the query's own sentence, the token ' the' and periods.

head: L10H2
heldout_iou: 0.448
heldout_iou_no_bos: 0.446
name: L10H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.26, 'distance', 1),                    # the previous token: 29%
    (0.47, 'same_sentence'),                  # the query's own sentence: 23%
    (3.79, 'key_token', ' the'),              # the token ' the': 16%
    (1.78, 'key_class', 'PERIOD'),            # periods: 14%
    (1.18, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 8%
    (-0.8, 'log_distance'),                   # recent tokens: 6%
    (0.68, 'key_class', 'COMMA'),             # commas: 3%
    (2.21, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 0%
    (1.67, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 0%
    (4.36, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
    (4.04, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 0%
    (2.26, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 0%
    (-1.57, 'key_class', 'NAME'),             # away from names: 0%
    (-1.44, 'last', 'DET'),                   # away from the last determiner: 0%
    (-0.59, 'key_class', 'CONTENT'),          # away from content words: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
