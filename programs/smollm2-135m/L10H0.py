"""Mainly the tokens 2 to 4 back (30%), not a term of the program and punctuation and newlines (29%), not a term of the program; otherwise the query's own sentence and the last period.

head: L10H0
heldout_iou: 0.543
heldout_iou_no_bos: 0.544
name: L10H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.41, 'same_sentence'),                  # the query's own sentence: 30%
    (0.39, 'last', 'PERIOD'),                 # the last period: 18%
    (2.16, 'key_token', ' the'),              # the token ' the': 15%
    (-0.94, 'log_distance'),                  # recent tokens: 7%
    (0.31, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 5%
    (1.08, 'key_class', 'CONJ'),              # conjunctions: 5%
    (1.58, 'key_class', 'COMMA'),             # commas: 5%
    (1.98, 'key_class', 'PERIOD'),            # periods: 4%
    (0.74, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 4%
    (0.89, 'last', 'WH'),                     # the last wh-word: 2%
    (1.89, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.48, 'key_token', ' The'),              # the token ' The': 1%
    (2.09, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (-1.69, 'distance', 0),                   # away from the token itself: 0%
    (-0.95, 'key_class', 'NAME'),             # away from names: 0%
    (-0.38, 'key_class', 'CONTENT'),          # away from content words: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
