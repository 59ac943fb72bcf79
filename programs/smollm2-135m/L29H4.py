"""Mainly the first token (41%) and the token itself (39%); on repeated random tokens mainly the token itself (44%); otherwise the previous token and recent tokens.

head: L29H4
heldout_iou: 0.602
heldout_iou_no_bos: 0.628
name: L29H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L29H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.51, 'first'),                          # the first token: 41%
    (4.09, 'distance', 0),                    # the token itself: 39%
    (2.9, 'distance', 1),                     # the previous token: 11%
    (-0.36, 'log_distance'),                  # recent tokens: 4%
    (0.3, 'same_sentence'),                   # the query's own sentence: 3%
    (-0.11, 'embed_cosine'),                  # away from tokens similar to the query: 2%
    (1.57, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (1.36, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (1.29, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (1.11, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 0%
    (-1.01, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'),# away from subject pronoun -> subject pronoun: 0%
    (-0.47, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
    (0.29, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.11, 'key_class', 'CONTENT'),          # away from content words: 0%
    (-0.09, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
