"""Mostly the first token (80%); otherwise the query's own sentence, object pronouns and determiners.

head: L26H1
heldout_iou: 0.662
heldout_iou_no_bos: 0.341
name: L26H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L26H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.19, 'first'),                          # the first token: 80%
    (0.38, 'same_sentence'),                  # the query's own sentence: 3%
    (1.99, 'key_class', 'PRON_OBJ'),          # object pronouns: 3%
    (1.42, 'key_class', 'DET'),               # determiners: 3%
    (0.96, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (2.52, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (2.17, 'key_class', 'NUMBER'),            # numbers: 1%
    (0.28, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 6%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
