"""Mainly the tokens 2 to 4 back (20%), not a term of the program; on repeated random tokens mainly the token itself (6%), not a term of the program; otherwise the query's own sentence, word starts and the token ' the'.

head: L10H7
heldout_iou: 0.470
heldout_iou_no_bos: 0.473
name: L10H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.57, 'same_sentence'),                  # the query's own sentence: 24%
    (0.89, 'word_start'),                     # word starts: 21%
    (2.02, 'key_token', ' the'),              # the token ' the': 13%
    (0.33, 'distance', 1),                    # the previous token: 12%
    (0.31, 'distance', 2),                    # the token 2 back: 9%
    (0.88, 'key_class', 'PERIOD'),            # periods: 8%
    (0.9, 'key_token', ' a'),                 # the token ' a': 4%
    (0.4, 'key_class', 'CONJ'),               # conjunctions: 3%
    (0.5, 'key_class', 'COMMA'),              # commas: 2%
    (0.48, 'last', 'WH'),                     # the last wh-word: 2%
    (-0.4, 'log_distance'),                   # recent tokens: 1%
    (1.05, 'query_distance', 'CONJ', 0),      # itself, from conjunctions: 1%
    (-1.41, 'key_class', 'NAME'),             # away from names: 0%
    (-0.96, 'first'),                         # away from the first token: 0%
    (-0.71, 'last', 'DET'),                   # away from the last determiner: 0%
    (-0.33, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
