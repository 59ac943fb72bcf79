"""Mainly punctuation and newlines (23%), not a term of the program; on repeated random tokens mainly the previous token, from content words (7%); otherwise word starts, periods and the first token.

head: L2H6
heldout_iou: 0.482
heldout_iou_no_bos: 0.462
name: L2H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.22, 'word_start'),                     # word starts: 17%
    (1.94, 'key_class', 'PERIOD'),            # periods: 15%
    (1.95, 'first'),                          # the first token: 13%
    (0.68, 'distance', 1),                    # the previous token: 12%
    (0.38, 'same_sentence'),                  # the query's own sentence: 9%
    (0.48, 'same_word'),                      # the query's own word: 9%
    (2.13, 'key_token', ' the'),              # the token ' the': 9%
    (0.47, 'distance', 2),                    # the token 2 back: 7%
    (1.83, 'key_class', 'COMMA'),             # commas: 4%
    (0.91, 'key_class', 'CONJ'),              # conjunctions: 4%
    (0.14, 'log_distance'),                   # distant tokens: 1%
    (0.58, 'embed_cosine'),                   # tokens similar to the query: 0%
    (-1.84, 'key_class', 'TO'),               # away from 'to': 0%
    (-1.65, 'key_class', 'PREP'),             # away from prepositions: 0%
    (0.59, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
