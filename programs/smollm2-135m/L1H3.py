"""Spread out, the largest part on auxiliaries (12%); on repeated random tokens mainly the tokens 2 to 4 back (11%), not a term of the program; otherwise recent tokens and periods.

head: L1H3
heldout_iou: 0.601
heldout_iou_no_bos: 0.600
name: L1H3
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.31, 'log_distance'),                  # recent tokens: 31%
    (1.91, 'key_class', 'PERIOD'),            # periods: 13%
    (1.4, 'key_class', 'AUX'),                # auxiliaries: 12%
    (1.37, 'key_class', 'PREP'),              # prepositions: 9%
    (2.04, 'key_class', 'TO'),                # 'to': 9%
    (0.55, 'key_class', 'DET'),               # determiners: 7%
    (0.76, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 5%
    (1.38, 'key_token', ' and'),              # the token ' and': 4%
    (0.45, 'same_token'),                     # earlier copies of the query token: 3%
    (0.51, 'key_class', 'VERB_ED'),           # -ed verbs: 2%
    (0.78, 'key_class', 'COMMA'),             # commas: 2%
    (-0.9, 'first'),                          # away from the first token: 1%
    (0.73, 'key_token', ' of'),               # the token ' of': 1%
    (1.77, 'key_token', '\n'),                # the token '\n': 1%
    (-1.64, 'pair', 'PERIOD', 'TO'),          # away from period -> 'to': 0%
    (-1.63, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
