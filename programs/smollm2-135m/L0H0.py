"""Spread out, the largest part on determiners (18%); on repeated random tokens mainly the token itself (4%), not a term of the program; otherwise content words and recent tokens.

head: L0H0
heldout_iou: 0.689
heldout_iou_no_bos: 0.686
name: L0H0
form: terms
terms: 10
origin: synthesized (search/terms)
target: L0H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.2, 'key_class', 'CONTENT'),            # content words: 38%
    (-0.11, 'log_distance'),                  # recent tokens: 25%
    (1.36, 'key_class', 'DET'),               # determiners: 18%
    (0.54, 'key_class', 'AUX'),               # auxiliaries: 8%
    (0.55, 'first'),                          # the first token: 6%
    (0.69, 'key_class', 'PRON_OBJ'),          # object pronouns: 5%
    (-0.93, 'key_class', 'COMMA'),            # away from commas: 0%
    (-0.75, 'key_class', 'TO'),               # away from 'to': 0%
    (-0.55, 'key_class', 'PERIOD'),           # away from periods: 0%
    (-0.55, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
