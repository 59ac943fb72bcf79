"""Mainly punctuation and newlines (52%), not a term of the program; on repeated random tokens mainly the token itself (34%); otherwise periods, the previous token and the token 2 back.

head: L1H1
heldout_iou: 0.528
heldout_iou_no_bos: 0.533
name: L1H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L1H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.37, 'key_class', 'PERIOD'),            # periods: 34%
    (2.05, 'distance', 1),                    # the previous token: 25%
    (0.59, 'distance', 0),                    # the token itself: 17%
    (0.62, 'distance', 2),                    # the token 2 back: 8%
    (2.91, 'key_class', 'COMMA'),             # commas: 7%
    (0.06, 'same_sentence'),                  # the query's own sentence: 3%
    (-0.46, 'log_distance'),                  # recent tokens: 3%
    (1.35, 'key_token', ' the'),              # the token ' the': 2%
    (0.32, 'last', 'CONTENT'),                # the last content word: 1%
    (0.17, 'same_word'),                      # the query's own word: 0%
    (3.19, 'pair', 'PRON_SUBJ', 'WH'),        # subject pronoun -> wh-word: 0%
    (1.11, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-1.02, 'last', 'PERIOD'),                # away from the last period: 0%
    (-0.71, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
