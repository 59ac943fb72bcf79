"""Mainly the first token (41%); on repeated random tokens mainly content word -> first token (26%); otherwise content words, the query's own sentence and the previous token.

head: L12H4
heldout_iou: 0.512
heldout_iou_no_bos: 0.454
name: L12H4
form: terms
terms: 13
origin: synthesized (search/terms)
target: L12H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.28, 'first'),                          # the first token: 41%
    (0.93, 'key_class', 'CONTENT'),           # content words: 19%
    (0.48, 'same_sentence'),                  # the query's own sentence: 13%
    (0.57, 'distance', 1),                    # the previous token: 9%
    (0.5, 'last', 'CONTENT'),                 # the last content word: 8%
    (-0.62, 'log_distance'),                  # recent tokens: 7%
    (0.91, 'key_class', 'VERB_ED'),           # -ed verbs: 2%
    (0.97, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (-2.63, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (1.12, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (0.87, 'pair', 'VERB_ED', 'BOS'),         # -ed verb -> first token: 0%
    (-0.69, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.55, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
