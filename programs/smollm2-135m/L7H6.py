"""Mainly the first token (33%); otherwise the previous token, the token ' the' and the token 2 back.

head: L7H6
heldout_iou: 0.432
heldout_iou_no_bos: 0.361
name: L7H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L7H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.88, 'first'),                          # the first token: 33%
    (3.33, 'distance', 1),                    # the previous token: 22%
    (5.07, 'key_token', ' the'),              # the token ' the': 17%
    (0.81, 'distance', 2),                    # the token 2 back: 9%
    (0.6, 'same_sentence'),                   # the query's own sentence: 7%
    (2.68, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (1.81, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 1%
    (0.67, 'pair', 'DET', 'DET'),             # determiner -> determiner: 0%
    (-2.15, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 0%
    (-2.64, 'key_class', 'NAME'),             # away from names: 0%
    (-1.04, 'key_class', 'PREP'),             # away from prepositions: 0%
    (2.68, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 0%
    (2.33, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 0%
    (-1.91, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 0%
                                              # other keys: 9%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
