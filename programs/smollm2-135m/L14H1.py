"""Mostly the first token (66%); on repeated random tokens mainly punctuation and newlines (0%), not a term of the program; otherwise word starts, the query's own sentence and content word -> the token after a content word.

head: L14H1
heldout_iou: 0.592
heldout_iou_no_bos: 0.394
name: L14H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L14H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.77, 'first'),                          # the first token: 66%
    (0.71, 'word_start'),                     # word starts: 12%
    (0.41, 'same_sentence'),                  # the query's own sentence: 8%
    (0.56, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 4%
    (1.34, 'key_class', 'PERIOD'),            # periods: 4%
    (0.79, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (1.56, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.32, 'same_token'),                     # earlier copies of the query token: 1%
    (-1.13, 'key_class', 'NAME'),             # away from names: 0%
    (-1.17, 'key_class', 'DET'),              # away from determiners: 0%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
