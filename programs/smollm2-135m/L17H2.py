"""Mostly the first token (57%); on repeated random tokens mainly content word -> first token (17%); otherwise recent tokens, content words and periods.

head: L17H2
heldout_iou: 0.625
heldout_iou_no_bos: 0.497
name: L17H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L17H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.05, 'first'),                          # the first token: 57%
    (-0.16, 'log_distance'),                  # recent tokens: 17%
    (0.2, 'key_class', 'CONTENT'),            # content words: 16%
    (0.79, 'key_class', 'PERIOD'),            # periods: 4%
    (0.24, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (0.95, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.94, 'same_token'),                     # earlier copies of the query token: 1%
    (-0.6, 'key_class', 'AUX'),               # away from auxiliaries: 0%
    (0.58, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.56, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 0%
    (-0.55, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (-0.45, 'key_class', 'DET'),              # away from determiners: 0%
    (0.22, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
