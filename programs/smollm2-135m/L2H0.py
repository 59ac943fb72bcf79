"""Spread out, the largest part on periods (13%); on repeated random tokens mainly the tokens 2 to 4 back (16%), not a term of the program; otherwise word starts and commas.

head: L2H0
heldout_iou: 0.547
heldout_iou_no_bos: 0.561
name: L2H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L2H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.58, 'word_start'),                     # word starts: 79%
    (0.95, 'key_class', 'PERIOD'),            # periods: 13%
    (0.85, 'key_class', 'COMMA'),             # commas: 3%
    (-0.46, 'key_class', 'CONTENT'),          # away from content words: 2%
    (0.42, 'key_token', ' was'),              # the token ' was': 2%
    (-0.82, 'key_class', 'NAME'),             # away from names: 0%
    (-0.35, 'key_class', 'PREP'),             # away from prepositions: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
