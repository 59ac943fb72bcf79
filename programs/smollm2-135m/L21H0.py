"""Mainly the first token (46%); otherwise the previous token, the token itself and the token 2 back.

head: L21H0
heldout_iou: 0.541
heldout_iou_no_bos: 0.484
name: L21H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L21H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.68, 'first'),                          # the first token: 46%
    (2.0, 'distance', 1),                     # the previous token: 17%
    (0.96, 'distance', 0),                    # the token itself: 11%
    (1.73, 'distance', 2),                    # the token 2 back: 8%
    (1.32, 'same_sentence'),                  # the query's own sentence: 8%
    (0.48, 'key_class', 'PERIOD'),            # periods: 4%
    (-0.44, 'log_distance'),                  # recent tokens: 3%
    (1.2, 'query_distance', 'CONTENT', 3),    # the token 3 back, from content words: 2%
    (0.19, 'last', 'CONTENT'),                # the last content word: 1%
    (0.55, 'same_word'),                      # the query's own word: 0%
    (2.72, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 0%
    (-2.02, 'key_class', 'NAME'),             # away from names: 0%
    (1.29, 'query_distance', 'PRON_SUBJ', 0), # itself, from subject pronouns: 0%
    (-1.09, 'key_class', 'CONTENT'),          # away from content words: 0%
    (1.07, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
