"""Mainly the first token (31%); otherwise content words, recent tokens and the token itself.

head: L21H7
heldout_iou: 0.407
heldout_iou_no_bos: 0.353
name: L21H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L21H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.85, 'first'),                          # the first token: 31%
    (0.38, 'key_class', 'CONTENT'),           # content words: 28%
    (-0.69, 'log_distance'),                  # recent tokens: 18%
    (0.42, 'distance', 0),                    # the token itself: 11%
    (-0.11, 'embed_cosine'),                  # away from tokens similar to the query: 3%
    (0.71, 'last', 'PERIOD'),                 # the last period: 3%
    (0.64, 'last', 'PREP'),                   # the last preposition: 2%
    (1.31, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.2, 'same_token'),                      # earlier copies of the query token: 1%
    (1.16, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 1%
    (-0.25, 'same_sentence'),                 # away from the query's own sentence: 0%
    (0.21, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
