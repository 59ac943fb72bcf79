"""Mostly the first token (87%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (68%); otherwise the token after an earlier copy of the query (induction), content words and content word -> the token after a content word.

head: L17H4
heldout_iou: 0.795
heldout_iou_no_bos: 0.246
name: L17H4
form: terms
terms: 7
origin: synthesized (search/terms)
target: L17H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (12.35, 'first'),                         # the first token: 87%
    (7.41, 'induction'),                      # the token after an earlier copy of the query (induction): 4%
    (1.07, 'key_class', 'CONTENT'),           # content words: 3%
    (3.27, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 3%
    (1.46, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 1%
    (4.55, 'after', 'NAME', 'NAME'),          # name -> the token after a name: 0%
    (-1.95, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
