"""Mostly the first token (80%); on repeated random tokens mainly earlier copies of the query token (65%); otherwise the token itself, content word -> content word and name -> name.

head: L14H3
heldout_iou: 0.719
heldout_iou_no_bos: 0.410
name: L14H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L14H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (9.59, 'first'),                          # the first token: 80%
    (7.85, 'same_token'),                     # earlier copies of the query token: 9%
    (2.54, 'distance', 0),                    # the token itself: 4%
    (2.58, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (-1.79, 'key_class', 'DET'),              # away from determiners: 0%
    (2.75, 'pair', 'NAME', 'NAME'),           # name -> name: 0%
    (1.29, 'same_word'),                      # the query's own word: 0%
                                              # other keys: 5%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
