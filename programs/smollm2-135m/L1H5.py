"""Mainly the tokens 2 to 4 back (22%), not a term of the program and punctuation and newlines (25%), not a term of the program; otherwise recent tokens and periods.

head: L1H5
heldout_iou: 0.509
heldout_iou_no_bos: 0.506
name: L1H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L1H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.72, 'log_distance'),                  # recent tokens: 57%
    (1.23, 'key_class', 'PERIOD'),            # periods: 20%
    (0.71, 'key_class', 'PREP'),              # prepositions: 11%
    (1.31, 'key_class', 'TO'),                # 'to': 10%
    (2.71, 'key_distance', 'COMMA', 1),       # the previous token when a comma: 1%
    (2.24, 'pair', 'AUX', 'WH'),              # auxiliary -> wh-word: 1%
    (-3.3, 'first'),                          # away from the first token: 0%
    (-1.98, 'key_class', 'NAME'),             # away from names: 0%
    (-1.51, 'key_class', 'CONTENT'),          # away from content words: 0%
    (-0.83, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 0%
    (-0.82, 'key_class', 'VERB_ED'),          # away from -ed verbs: 0%
    (-0.8, 'key_class', 'PRON_SUBJ'),         # away from subject pronouns: 0%
    (-0.37, 'distance', 0),                   # away from the token itself: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
