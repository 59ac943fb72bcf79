"""Mostly the first token (74%); otherwise the query's own sentence, content words and recent tokens.

head: L23H3
heldout_iou: 0.713
heldout_iou_no_bos: 0.416
name: L23H3
form: terms
terms: 9
origin: synthesized (search/terms)
target: L23H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.67, 'first'),                          # the first token: 74%
    (0.66, 'same_sentence'),                  # the query's own sentence: 7%
    (0.2, 'key_class', 'CONTENT'),            # content words: 6%
    (-0.15, 'log_distance'),                  # recent tokens: 6%
    (0.56, 'last', 'CONTENT'),                # the last content word: 4%
    (1.9, 'induction'),                       # the token after an earlier copy of the query (induction): 2%
    (0.33, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (2.55, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 0%
    (0.56, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
