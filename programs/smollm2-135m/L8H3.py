"""Mainly the first token (47%); otherwise the token ' the', content words and the previous token.

head: L8H3
heldout_iou: 0.481
heldout_iou_no_bos: 0.278
name: L8H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L8H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.81, 'first'),                          # the first token: 47%
    (8.83, 'key_token', ' the'),              # the token ' the': 24%
    (1.77, 'key_class', 'CONTENT'),           # content words: 11%
    (2.56, 'distance', 1),                    # the previous token: 9%
    (1.06, 'same_sentence'),                  # the query's own sentence: 7%
    (3.07, 'last', 'WH'),                     # the last wh-word: 1%
    (5.11, 'query_distance', 'AUX', 2),       # the token 2 back, from auxiliaries: 0%
    (-1.18, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-1.38, 'last', 'DET'),                   # away from the last determiner: 0%
    (-2.09, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (3.64, 'query_distance', 'TO', 1),        # the previous token, from 'to': 0%
    (3.11, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 0%
    (-2.59, 'query_distance', 'CONTENT', 1),  # away from the previous token, from content words: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
