"""Mainly the first token (49%); on repeated random tokens mainly the token itself (23%); otherwise the query's own sentence, the previous token and periods.

head: L27H0
heldout_iou: 0.479
heldout_iou_no_bos: 0.408
name: L27H0
form: terms
terms: 8
origin: synthesized (search/terms)
target: L27H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.53, 'first'),                          # the first token: 49%
    (1.19, 'same_sentence'),                  # the query's own sentence: 14%
    (2.09, 'distance', 0),                    # the token itself: 12%
    (0.95, 'distance', 1),                    # the previous token: 5%
    (1.29, 'key_class', 'PERIOD'),            # periods: 3%
    (1.55, 'same_token'),                     # earlier copies of the query token: 2%
    (1.98, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 0%
    (-0.33, 'same_word'),                     # away from the query's own word: 0%
                                              # other keys: 15%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
