"""Mainly the first token (47%); otherwise the query's own sentence, the previous token and the token 2 back.

head: L14H0
heldout_iou: 0.554
heldout_iou_no_bos: 0.520
name: L14H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L14H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.77, 'first'),                          # the first token: 47%
    (2.1, 'same_sentence'),                   # the query's own sentence: 12%
    (1.54, 'distance', 1),                    # the previous token: 12%
    (1.37, 'distance', 2),                    # the token 2 back: 9%
    (-0.16, 'log_distance'),                  # recent tokens: 7%
    (1.02, 'distance', 3),                    # the token 3 back: 6%
    (0.65, 'distance', 4),                    # the token 4 back: 4%
    (1.3, 'query_distance', 'CONTENT', 0),    # itself, from content words: 3%
    (-1.23, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.96, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (-0.74, 'key_class', 'NAME'),             # away from names: 0%
    (-0.55, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.52, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.47, 'key_class', 'CONTENT'),          # away from content words: 0%
    (0.45, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
