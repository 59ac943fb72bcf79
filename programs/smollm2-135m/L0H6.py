"""Mainly punctuation and newlines (20%), not a term of the program; on repeated random tokens mainly the token itself (4%), not a term of the program; otherwise periods, 'to' and the last comma.

head: L0H6
heldout_iou: 0.642
heldout_iou_no_bos: 0.646
name: L0H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L0H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-1.15, 'key_class', 'CONTENT'),          # away from content words: 21%
    (0.69, 'key_class', 'PERIOD'),            # periods: 14%
    (0.36, 'key_class', 'TO'),                # 'to': 5%
    (0.48, 'last', 'COMMA'),                  # the last comma: 3%
    (-0.71, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 2%
    (-1.6, 'first'),                          # away from the first token: 2%
    (0.68, 'key_token', ' with'),             # the token ' with': 2%
    (1.99, 'key_token', "'s"),                # the token "'s": 2%
    (-1.55, 'key_class', 'NAME'),             # away from names: 1%
    (0.89, 'key_token', ' of'),               # the token ' of': 1%
    (-1.39, 'key_class', 'VERB_ED'),          # away from -ed verbs: 1%
    (0.71, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-1.12, 'key_class', 'VERB_ING'),         # away from -ing verbs: 0%
                                              # other keys: 45%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
