"""Mainly the first token (35%); on repeated random tokens mainly earlier copies of the query token (32%); otherwise content words, the token ' the' and content word -> content word.

head: L9H2
heldout_iou: 0.460
heldout_iou_no_bos: 0.374
name: L9H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L9H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.38, 'first'),                          # the first token: 35%
    (0.2, 'key_class', 'CONTENT'),            # content words: 20%
    (3.3, 'same_token'),                      # earlier copies of the query token: 8%
    (2.87, 'key_token', ' the'),              # the token ' the': 6%
    (0.68, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 5%
    (0.14, 'last', 'DET'),                    # the last determiner: 5%
    (1.17, 'key_class', 'PERIOD'),            # periods: 4%
    (0.08, 'key_class', 'DET'),               # determiners: 1%
    (2.88, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),  # subject pronoun -> object pronoun: 0%
    (-0.45, 'distance', 3),                   # away from the token 3 back: 0%
    (-0.76, 'distance', 2),                   # away from the token 2 back: 0%
    (-1.12, 'distance', 1),                   # away from the previous token: 0%
    (-2.45, 'pair', 'COMMA', 'COMMA'),        # away from comma -> comma: 0%
    (-3.06, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 0%
    (2.68, 'query_distance', 'DET', 0),       # itself, from determiners: 0%
    (-2.39, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 0%
                                              # other keys: 16%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
