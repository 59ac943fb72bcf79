"""Mostly the first token (59%); otherwise content words, the query's own sentence and recent tokens.

head: L21H1
heldout_iou: 0.560
heldout_iou_no_bos: 0.400
name: L21H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L21H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.0, 'first'),                           # the first token: 59%
    (0.72, 'key_class', 'CONTENT'),           # content words: 15%
    (0.41, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.36, 'log_distance'),                  # recent tokens: 7%
    (0.24, 'distance', 0),                    # the token itself: 5%
    (1.22, 'key_class', 'PERIOD'),            # periods: 3%
    (1.3, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (1.99, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (0.15, 'same_word'),                      # the query's own word: 0%
    (1.43, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.64, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
