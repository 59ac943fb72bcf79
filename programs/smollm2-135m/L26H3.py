"""Mostly the first token (87%); otherwise content words, content word -> the token after a content word and subject pronouns.

head: L26H3
heldout_iou: 0.750
heldout_iou_no_bos: 0.318
name: L26H3
form: terms
terms: 5
origin: synthesized (search/terms)
target: L26H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.45, 'first'),                          # the first token: 87%
    (0.44, 'key_class', 'CONTENT'),           # content words: 4%
    (0.73, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 2%
    (1.38, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (2.23, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
