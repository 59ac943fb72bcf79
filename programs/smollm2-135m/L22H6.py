"""Mostly the first token (58%); otherwise content words, the token itself and the query's own sentence.

head: L22H6
heldout_iou: 0.537
heldout_iou_no_bos: 0.372
name: L22H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L22H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.47, 'first'),                          # the first token: 58%
    (0.39, 'key_class', 'CONTENT'),           # content words: 12%
    (0.27, 'distance', 0),                    # the token itself: 7%
    (0.17, 'same_sentence'),                  # the query's own sentence: 7%
    (-0.53, 'log_distance'),                  # recent tokens: 5%
    (0.53, 'distance', 1),                    # the previous token: 4%
    (0.94, 'key_class', 'NAME'),              # names: 2%
    (0.56, 'last', 'CONTENT'),                # the last content word: 2%
    (1.59, 'last', 'PERIOD'),                 # the last period: 2%
    (1.11, 'after', 'CONTENT', 'DET'),        # content word -> the token after a determiner: 1%
    (0.21, 'same_word'),                      # the query's own word: 0%
    (1.07, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (0.41, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (0.24, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
