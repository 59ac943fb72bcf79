"""Mainly the first token (53%); otherwise the previous token, the token 2 back and the query's own sentence.

head: L13H4
heldout_iou: 0.574
heldout_iou_no_bos: 0.466
name: L13H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L13H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.19, 'first'),                          # the first token: 53%
    (2.54, 'distance', 1),                    # the previous token: 18%
    (2.38, 'distance', 2),                    # the token 2 back: 10%
    (2.36, 'same_sentence'),                  # the query's own sentence: 6%
    (1.84, 'distance', 3),                    # the token 3 back: 5%
    (1.0, 'distance', 4),                     # the token 4 back: 3%
    (1.57, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (-0.23, 'log_distance'),                  # recent tokens: 1%
    (1.27, 'last', 'PREP'),                   # the last preposition: 1%
    (2.15, 'last', 'PERIOD'),                 # the last period: 1%
    (0.79, 'last', 'CONJ'),                   # the last conjunction: 0%
    (1.19, 'last', 'WH'),                     # the last wh-word: 0%
    (2.43, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 0%
    (1.55, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
    (1.25, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (1.16, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
