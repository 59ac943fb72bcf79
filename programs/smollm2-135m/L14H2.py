"""Mostly the first token (61%); otherwise the query's own sentence, recent tokens and the last content word.

head: L14H2
heldout_iou: 0.629
heldout_iou_no_bos: 0.484
name: L14H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L14H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.43, 'first'),                          # the first token: 61%
    (0.66, 'same_sentence'),                  # the query's own sentence: 15%
    (-0.6, 'log_distance'),                   # recent tokens: 10%
    (0.71, 'last', 'CONTENT'),                # the last content word: 6%
    (0.25, 'distance', 1),                    # the previous token: 5%
    (0.2, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 3%
    (-3.69, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-1.57, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (-0.93, 'key_class', 'DET'),              # away from determiners: 0%
    (0.64, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.44, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.31, 'distance', 0),                   # away from the token itself: 0%
    (-0.2, 'same_word'),                      # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
