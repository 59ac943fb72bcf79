"""Spread out, the largest part on the first token (19%); on repeated random tokens mainly earlier copies of the query token (34%); otherwise word starts and periods.

head: L2H4
heldout_iou: 0.431
heldout_iou_no_bos: 0.396
name: L2H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L2H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.32, 'word_start'),                     # word starts: 28%
    (2.19, 'first'),                          # the first token: 19%
    (2.47, 'key_class', 'PERIOD'),            # periods: 14%
    (3.41, 'same_token'),                     # earlier copies of the query token: 12%
    (2.49, 'distance', 0),                    # the token itself: 9%
    (1.68, 'key_token', ' the'),              # the token ' the': 7%
    (2.88, 'key_class', 'COMMA'),             # commas: 5%
    (1.36, 'key_class', 'CONJ'),              # conjunctions: 4%
    (0.72, 'log_distance'),                   # distant tokens: 1%
    (2.8, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),   # subject pronoun -> object pronoun: 1%
    (2.76, 'pair', 'PRON_OBJ', 'PRON_SUBJ'),  # object pronoun -> subject pronoun: 0%
    (0.7, 'embed_cosine'),                    # tokens similar to the query: 0%
    (-2.99, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 0%
    (-2.49, 'pair', 'COMMA', 'COMMA'),        # away from comma -> comma: 0%
    (-1.96, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 0%
    (0.59, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
