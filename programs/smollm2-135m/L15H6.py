"""Mostly the first token (81%); otherwise distant tokens, content words and the token itself.

head: L15H6
heldout_iou: 0.722
heldout_iou_no_bos: 0.313
name: L15H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L15H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.64, 'first'),                          # the first token: 81%
    (0.31, 'log_distance'),                   # distant tokens: 5%
    (1.02, 'key_class', 'CONTENT'),           # content words: 4%
    (3.5, 'distance', 0),                     # the token itself: 4%
    (6.03, 'same_token'),                     # earlier copies of the query token: 3%
    (3.82, 'key_class', 'PERIOD'),            # periods: 3%
    (1.21, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 0%
    (2.85, 'pair', 'NAME', 'NAME'),           # name -> name: 0%
    (3.71, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-2.18, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (-0.24, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
