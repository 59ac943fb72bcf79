"""Mainly the tokens 2 to 4 back (25%), not a term of the program and punctuation and newlines (29%), not a term of the program; otherwise recent tokens and periods.

head: L1H7
heldout_iou: 0.598
heldout_iou_no_bos: 0.596
name: L1H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L1H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.94, 'log_distance'),                  # recent tokens: 30%
    (1.86, 'key_class', 'PERIOD'),            # periods: 19%
    (1.02, 'key_class', 'DET'),               # determiners: 14%
    (1.57, 'key_class', 'TO'),                # 'to': 8%
    (1.81, 'key_class', 'COMMA'),             # commas: 7%
    (1.44, 'key_token', ' and'),              # the token ' and': 7%
    (0.63, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 6%
    (0.86, 'last', 'PREP'),                   # the last preposition: 6%
    (1.86, 'key_token', '\n'),                # the token '\n': 1%
    (-2.05, 'first'),                         # away from the first token: 1%
    (1.7, 'key_class', 'QUOTE'),              # quotation marks: 1%
    (-1.42, 'key_class', 'VERB_ED'),          # away from -ed verbs: 0%
    (-1.25, 'distance', 0),                   # away from the token itself: 0%
    (-1.06, 'key_class', 'CONTENT'),          # away from content words: 0%
    (0.83, 'query_distance', 'PREP', 0),      # itself, from prepositions: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
