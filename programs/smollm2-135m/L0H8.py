"""Mainly punctuation and newlines (29%), not a term of the program; on repeated random tokens mainly auxiliaries (12%); otherwise periods, determiners and the token ' the'.

head: L0H8
heldout_iou: 0.597
heldout_iou_no_bos: 0.597
name: L0H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.84, 'key_class', 'PERIOD'),            # periods: 22%
    (2.02, 'key_class', 'AUX'),               # auxiliaries: 12%
    (1.25, 'key_class', 'DET'),               # determiners: 7%
    (0.68, 'key_token', ' the'),              # the token ' the': 6%
    (1.34, 'key_class', 'PREP'),              # prepositions: 6%
    (2.33, 'key_class', 'COMMA'),             # commas: 6%
    (1.97, 'key_class', 'TO'),                # 'to': 6%
    (1.07, 'key_class', 'PRON_OBJ'),          # object pronouns: 3%
    (2.68, 'key_token', "'s"),                # the token "'s": 2%
    (0.86, 'key_class', 'CONJ'),              # conjunctions: 2%
    (2.14, 'key_class', 'NEG'),               # negations: 1%
    (1.45, 'key_token', ' The'),              # the token ' The': 1%
    (2.52, 'key_token', '\n'),                # the token '\n': 1%
    (-1.81, 'first'),                         # away from the first token: 1%
    (0.58, 'pair', 'DET', 'DET'),             # determiner -> determiner: 0%
                                              # other keys: 24%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
