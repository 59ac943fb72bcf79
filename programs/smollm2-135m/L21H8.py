"""Mostly the first token (72%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (25%); otherwise periods, content word -> content word and names.

head: L21H8
heldout_iou: 0.612
heldout_iou_no_bos: 0.303
name: L21H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L21H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.38, 'first'),                          # the first token: 72%
    (1.79, 'key_class', 'PERIOD'),            # periods: 4%
    (0.89, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (1.19, 'key_class', 'NAME'),              # names: 2%
    (1.54, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.24, 'same_token'),                     # earlier copies of the query token: 1%
    (-0.75, 'key_class', 'DET'),              # away from determiners: 1%
    (1.55, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 1%
    (-1.28, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (-1.17, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (1.09, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-1.03, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
                                              # other keys: 13%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
