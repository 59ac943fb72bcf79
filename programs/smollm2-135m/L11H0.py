"""Mainly the previous token (30%), not a term of the program and the tokens 2 to 4 back (30%), not a term of the program; on repeated random tokens mainly the token itself (26%), not a term of the program; otherwise the query's own sentence and word starts.

head: L11H0
heldout_iou: 0.495
heldout_iou_no_bos: 0.496
name: L11H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L11H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.8, 'same_sentence'),                   # the query's own sentence: 65%
    (0.57, 'word_start'),                     # word starts: 13%
    (1.44, 'key_class', 'PERIOD'),            # periods: 12%
    (0.43, 'key_token', '.'),                 # the token '.': 4%
    (0.76, 'key_class', 'WH'),                # wh-words: 3%
    (1.58, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 3%
    (-1.67, 'log_distance'),                  # recent tokens: 0%
    (-0.24, 'embed_cosine'),                  # away from tokens similar to the query: 0%
    (-2.75, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-2.11, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 0%
    (-1.44, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 0%
    (-1.4, 'distance', 0),                    # away from the token itself: 0%
    (-0.77, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.51, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
