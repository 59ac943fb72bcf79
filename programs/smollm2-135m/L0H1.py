"""Spread out, the largest part on periods (18%); on repeated random tokens mainly the token itself (4%), not a term of the program; otherwise tokens similar to the query, recent tokens and the last content word.

head: L0H1
heldout_iou: 0.658
heldout_iou_no_bos: 0.660
name: L0H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L0H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.85, 'embed_cosine'),                   # tokens similar to the query: 43%
    (-0.15, 'log_distance'),                  # recent tokens: 22%
    (1.73, 'key_class', 'PERIOD'),            # periods: 15%
    (0.24, 'last', 'CONTENT'),                # the last content word: 7%
    (0.43, 'last', 'DET'),                    # the last determiner: 5%
    (0.92, 'key_class', 'COMMA'),             # commas: 4%
    (3.14, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (2.83, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 1%
    (-4.22, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-2.31, 'pair', 'NAME', 'PERIOD'),        # away from name -> period: 0%
    (-1.63, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 0%
    (-1.12, 'pair', 'CONTENT', 'COMMA'),      # away from content word -> comma: 0%
    (-0.8, 'distance', 0),                    # away from the token itself: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
