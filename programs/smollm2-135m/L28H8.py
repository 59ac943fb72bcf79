"""Mostly the first token (61%); otherwise periods, the query's own sentence and the token itself.

head: L28H8
heldout_iou: 0.594
heldout_iou_no_bos: 0.476
name: L28H8
form: terms
terms: 11
origin: synthesized (search/terms)
target: L28H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.69, 'first'),                          # the first token: 61%
    (1.8, 'key_class', 'PERIOD'),             # periods: 10%
    (0.59, 'same_sentence'),                  # the query's own sentence: 7%
    (0.28, 'distance', 0),                    # the token itself: 5%
    (0.89, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 3%
    (0.92, 'key_class', 'COMMA'),             # commas: 1%
    (2.64, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-0.73, 'key_class', 'DET'),              # away from determiners: 1%
    (1.57, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 0%
    (-0.69, 'key_class', 'PREP'),             # away from prepositions: 0%
    (1.23, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
                                              # other keys: 11%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
