"""Mostly the first token (73%); on repeated random tokens mainly content word -> first token (20%); otherwise content words, the query's own sentence and the token itself.

head: L25H1
heldout_iou: 0.602
heldout_iou_no_bos: 0.350
name: L25H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L25H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.39, 'first'),                          # the first token: 73%
    (0.83, 'key_class', 'CONTENT'),           # content words: 7%
    (0.89, 'same_sentence'),                  # the query's own sentence: 5%
    (0.6, 'distance', 0),                     # the token itself: 4%
    (0.81, 'embed_cosine'),                   # tokens similar to the query: 3%
    (1.03, 'distance', 1),                    # the previous token: 3%
    (-0.21, 'log_distance'),                  # recent tokens: 2%
    (1.85, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.6, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 1%
    (1.31, 'last', 'PERIOD'),                 # the last period: 1%
    (0.93, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
