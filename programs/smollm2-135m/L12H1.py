"""Mainly punctuation and newlines (29%), not a term of the program; on repeated random tokens mainly the first token (15%); otherwise the query's own sentence, periods and recent tokens.

head: L12H1
heldout_iou: 0.607
heldout_iou_no_bos: 0.596
name: L12H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L12H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.47, 'same_sentence'),                  # the query's own sentence: 24%
    (2.35, 'key_class', 'PERIOD'),            # periods: 23%
    (-0.35, 'log_distance'),                  # recent tokens: 17%
    (2.48, 'first'),                          # the first token: 15%
    (0.93, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 6%
    (0.98, 'key_class', 'CONJ'),              # conjunctions: 5%
    (1.31, 'key_class', 'COMMA'),             # commas: 4%
    (0.89, 'key_class', 'WH'),                # wh-words: 3%
    (2.91, 'key_token', '\n'),                # the token '\n': 1%
    (1.48, 'key_token', 'One'),               # the token 'One': 1%
    (2.17, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (-1.27, 'key_token', ' the'),             # away from the token ' the': 0%
    (-1.05, 'distance', 0),                   # away from the token itself: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
