"""Mostly the first token (60%); otherwise the token itself, the previous token and the token 2 back.

head: L27H6
heldout_iou: 0.614
heldout_iou_no_bos: 0.551
name: L27H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L27H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.01, 'first'),                          # the first token: 60%
    (4.64, 'distance', 0),                    # the token itself: 22%
    (2.94, 'distance', 1),                    # the previous token: 10%
    (1.55, 'distance', 2),                    # the token 2 back: 3%
    (1.27, 'same_sentence'),                  # the query's own sentence: 2%
    (3.01, 'same_token'),                     # earlier copies of the query token: 1%
    (1.07, 'key_class', 'PERIOD'),            # periods: 1%
    (0.95, 'last', 'DET'),                    # the last determiner: 0%
    (0.87, 'last', 'PREP'),                   # the last preposition: 0%
    (-0.84, 'key_class', 'NAME'),             # away from names: 0%
    (1.99, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (1.2, 'pair', 'DET', 'BOS'),              # determiner -> first token: 0%
    (1.2, 'query_distance', 'CONTENT', 1),    # the previous token, from content words: 0%
    (-0.31, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
