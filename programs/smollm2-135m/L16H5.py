"""Mainly the first token (29%); otherwise the query's own sentence, the last content word and content words.

head: L16H5
heldout_iou: 0.427
heldout_iou_no_bos: 0.416
name: L16H5
form: terms
terms: 16
origin: synthesized (search/terms)
target: L16H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.97, 'first'),                          # the first token: 29%
    (1.98, 'same_sentence'),                  # the query's own sentence: 21%
    (0.86, 'last', 'CONTENT'),                # the last content word: 16%
    (0.21, 'key_class', 'CONTENT'),           # content words: 9%
    (1.69, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 8%
    (1.01, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 6%
    (1.65, 'key_class', 'NAME'),              # names: 4%
    (-0.88, 'log_distance'),                  # recent tokens: 4%
    (0.77, 'key_class', 'PRON_OBJ'),          # object pronouns: 3%
    (1.9, 'pair', 'NAME', 'BOS'),             # name -> first token: 0%
    (1.47, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-1.39, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-1.26, 'key_class', 'DET'),              # away from determiners: 0%
    (-1.18, 'distance', 0),                   # away from the token itself: 0%
    (0.88, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.26, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
