"""Mainly the previous token (26%) and the token ' the' (27%); otherwise the query's own word and the first token.

head: L10H4
heldout_iou: 0.402
heldout_iou_no_bos: 0.410
name: L10H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.08, 'distance', 1),                    # the previous token: 25%
    (5.28, 'key_token', ' the'),              # the token ' the': 23%
    (1.82, 'same_word'),                      # the query's own word: 12%
    (2.55, 'first'),                          # the first token: 12%
    (1.56, 'distance', 2),                    # the token 2 back: 10%
    (0.68, 'same_sentence'),                  # the query's own sentence: 8%
    (-0.14, 'log_distance'),                  # recent tokens: 7%
    (0.36, 'key_class', 'PERIOD'),            # periods: 3%
    (-2.13, 'query_distance', 'DET', 0),      # away from itself, from determiners: 0%
    (-1.31, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 0%
    (-1.21, 'last', 'DET'),                   # away from the last determiner: 0%
    (-0.9, 'key_class', 'PRON_SUBJ'),         # away from subject pronouns: 0%
    (-0.89, 'key_class', 'NAME'),             # away from names: 0%
    (-0.77, 'key_class', 'TO'),               # away from 'to': 0%
    (-0.31, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
