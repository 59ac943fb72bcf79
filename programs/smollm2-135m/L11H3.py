"""Mainly punctuation and newlines (35%), not a term of the program; on repeated random tokens mainly the previous token (32%); otherwise periods, the token itself and the token 2 back.

head: L11H3
heldout_iou: 0.493
heldout_iou_no_bos: 0.492
name: L11H3
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.34, 'key_class', 'PERIOD'),            # periods: 25%
    (1.28, 'distance', 1),                    # the previous token: 20%
    (1.67, 'distance', 0),                    # the token itself: 16%
    (0.69, 'distance', 2),                    # the token 2 back: 8%
    (-0.18, 'log_distance'),                  # recent tokens: 8%
    (1.09, 'key_class', 'DET'),               # determiners: 7%
    (0.62, 'same_sentence'),                  # the query's own sentence: 6%
    (1.38, 'key_class', 'CONJ'),              # conjunctions: 4%
    (1.64, 'key_class', 'COMMA'),             # commas: 3%
    (1.73, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.08, 'key_token', ' was'),              # the token ' was': 1%
    (-2.15, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (1.84, 'key_distance', 'PREP', 1),        # the previous token when a preposition: 0%
    (1.43, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 0%
    (-0.78, 'last', 'PERIOD'),                # away from the last period: 0%
    (-0.61, 'key_class', 'CONTENT'),          # away from content words: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
