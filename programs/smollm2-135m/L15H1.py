"""Mostly the first token (55%); otherwise the query's own sentence, the last period and periods.

head: L15H1
heldout_iou: 0.602
heldout_iou_no_bos: 0.490
name: L15H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L15H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.44, 'first'),                          # the first token: 56%
    (0.88, 'same_sentence'),                  # the query's own sentence: 13%
    (0.26, 'last', 'PERIOD'),                 # the last period: 7%
    (1.45, 'key_class', 'PERIOD'),            # periods: 4%
    (1.46, 'same_token'),                     # earlier copies of the query token: 2%
    (0.51, 'key_token', '.'),                 # the token '.': 2%
    (2.03, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-1.04, 'key_token', ' a'),               # away from the token ' a': 0%
    (-0.94, 'key_class', 'PREP'),             # away from prepositions: 0%
    (-0.99, 'key_class', 'TO'),               # away from 'to': 0%
    (-1.89, 'key_token', ' the'),             # away from the token ' the': 0%
    (-0.78, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
                                              # other keys: 15%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
