"""Mainly the tokens 2 to 4 back (30%), not a term of the program; otherwise the query's own sentence, the first token and periods.

head: L19H4
heldout_iou: 0.542
heldout_iou_no_bos: 0.550
name: L19H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L19H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.78, 'same_sentence'),                  # the query's own sentence: 41%
    (4.08, 'first'),                          # the first token: 18%
    (2.48, 'key_class', 'PERIOD'),            # periods: 14%
    (-1.08, 'log_distance'),                  # recent tokens: 8%
    (0.91, 'key_class', 'CONJ'),              # conjunctions: 5%
    (0.81, 'key_class', 'WH'),                # wh-words: 3%
    (0.8, 'key_class', 'COMMA'),              # commas: 3%
    (0.68, 'query_distance', 'CONTENT', 0),   # itself, from content words: 3%
    (0.46, 'last', 'VERB_ED'),                # the last -ed verb: 2%
    (0.99, 'same_token'),                     # earlier copies of the query token: 2%
    (1.62, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-1.47, 'distance', 0),                   # away from the token itself: 0%
    (-1.08, 'key_token', ' the'),             # away from the token ' the': 0%
    (-0.94, 'same_word'),                     # away from the query's own word: 0%
    (-0.69, 'distance', 1),                   # away from the previous token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
