"""Mostly the first token (70%); otherwise the query's own sentence, the last content word and content words.

head: L29H6
heldout_iou: 0.702
heldout_iou_no_bos: 0.477
name: L29H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L29H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.75, 'first'),                          # the first token: 70%
    (0.62, 'same_sentence'),                  # the query's own sentence: 8%
    (0.28, 'last', 'CONTENT'),                # the last content word: 7%
    (0.38, 'key_class', 'CONTENT'),           # content words: 6%
    (-0.42, 'log_distance'),                  # recent tokens: 5%
    (0.7, 'key_class', 'NAME'),               # names: 1%
    (0.55, 'after', 'CONTENT', 'DET'),        # content word -> the token after a determiner: 1%
    (1.33, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.16, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.86, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (0.7, 'query_distance', 'CONTENT', 0),    # itself, from content words: 0%
    (0.5, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
