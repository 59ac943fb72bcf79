"""Mostly the first token (59%); otherwise the token itself, the previous token and the query's own sentence.

head: L26H4
heldout_iou: 0.616
heldout_iou_no_bos: 0.507
name: L26H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L26H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.77, 'first'),                          # the first token: 59%
    (3.46, 'distance', 0),                    # the token itself: 17%
    (2.61, 'distance', 1),                    # the previous token: 9%
    (1.91, 'same_sentence'),                  # the query's own sentence: 4%
    (1.66, 'distance', 2),                    # the token 2 back: 4%
    (-0.05, 'log_distance'),                  # recent tokens: 2%
    (2.59, 'same_token'),                     # earlier copies of the query token: 2%
    (1.92, 'key_class', 'PERIOD'),            # periods: 2%
    (1.3, 'query_distance', 'CONTENT', 3),    # the token 3 back, from content words: 1%
    (2.36, 'pair', 'DET', 'PREP'),            # determiner -> preposition: 0%
    (1.97, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 0%
    (1.24, 'query_distance', 'DET', 0),       # itself, from determiners: 0%
    (-0.66, 'key_class', 'AUX'),              # away from auxiliaries: 0%
    (-0.12, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
