"""Mainly punctuation and newlines (30%), not a term of the program; on repeated random tokens mainly the first token (15%); otherwise word starts, periods and the previous token.

head: L2H8
heldout_iou: 0.471
heldout_iou_no_bos: 0.459
name: L2H8
form: terms
terms: 16
origin: synthesized (search/terms)
target: L2H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.73, 'word_start'),                     # word starts: 19%
    (2.96, 'key_class', 'PERIOD'),            # periods: 18%
    (1.08, 'distance', 1),                    # the previous token: 17%
    (3.28, 'key_token', ' the'),              # the token ' the': 13%
    (0.53, 'distance', 2),                    # the token 2 back: 10%
    (2.05, 'first'),                          # the first token: 9%
    (2.83, 'key_class', 'COMMA'),             # commas: 7%
    (1.83, 'key_class', 'CONJ'),              # conjunctions: 4%
    (1.42, 'last', 'AUX'),                    # the last auxiliary: 2%
    (2.44, 'key_token', '\n'),                # the token '\n': 1%
    (2.05, 'key_token', ' The'),              # the token ' The': 0%
    (-0.3, 'log_distance'),                   # recent tokens: 0%
    (0.49, 'embed_cosine'),                   # tokens similar to the query: 0%
    (3.71, 'key_distance', 'TO', 1),          # the previous token when a 'to': 0%
    (2.98, 'key_distance', 'PRON_OBJ', 1),    # the previous token when a object pronoun: 0%
    (-0.4, 'last', 'PERIOD'),                 # away from the last period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
