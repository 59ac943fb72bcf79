"""Mainly the first token (45%); otherwise content words, the query's own sentence and recent tokens.

head: L15H5
heldout_iou: 0.535
heldout_iou_no_bos: 0.487
name: L15H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L15H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.49, 'first'),                          # the first token: 45%
    (0.27, 'key_class', 'CONTENT'),           # content words: 17%
    (0.44, 'same_sentence'),                  # the query's own sentence: 12%
    (-0.36, 'log_distance'),                  # recent tokens: 9%
    (1.65, 'key_class', 'PERIOD'),            # periods: 8%
    (0.12, 'distance', 0),                    # the token itself: 5%
    (0.49, 'last', 'CONTENT'),                # the last content word: 4%
    (1.24, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (1.22, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-1.11, 'key_class', 'DET'),              # away from determiners: 0%
    (0.67, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.41, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.22, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
    (-0.17, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
