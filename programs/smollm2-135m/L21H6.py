"""Mainly the first token (45%); otherwise content words, the query's own sentence and the token itself.

head: L21H6
heldout_iou: 0.490
heldout_iou_no_bos: 0.426
name: L21H6
form: terms
terms: 16
origin: synthesized (search/terms)
target: L21H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.06, 'first'),                          # the first token: 45%
    (0.51, 'key_class', 'CONTENT'),           # content words: 15%
    (0.64, 'same_sentence'),                  # the query's own sentence: 9%
    (0.28, 'distance', 0),                    # the token itself: 8%
    (0.78, 'distance', 1),                    # the previous token: 7%
    (-0.32, 'log_distance'),                  # recent tokens: 5%
    (0.71, 'last', 'CONTENT'),                # the last content word: 4%
    (0.52, 'embed_cosine'),                   # tokens similar to the query: 3%
    (1.38, 'last', 'PERIOD'),                 # the last period: 2%
    (0.37, 'after', 'CONTENT', 'DET'),        # content word -> the token after a determiner: 2%
    (0.15, 'same_word'),                      # the query's own word: 0%
    (1.97, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-1.13, 'key_class', 'DET'),              # away from determiners: 0%
    (0.81, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.4, 'pair', 'CONTENT', 'CONTENT'),     # away from content word -> content word: 0%
    (-0.12, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
