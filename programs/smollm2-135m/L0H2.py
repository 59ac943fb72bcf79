"""Spread out, the largest part on the token itself (19%), not a term of the program; otherwise tokens similar to the query and periods.

head: L0H2
heldout_iou: 0.630
heldout_iou_no_bos: 0.630
name: L0H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.09, 'embed_cosine'),                   # tokens similar to the query: 42%
    (1.79, 'key_class', 'PERIOD'),            # periods: 10%
    (1.11, 'key_class', 'PREP'),              # prepositions: 8%
    (0.3, 'distance', 1),                     # the previous token: 7%
    (3.94, 'query_distance', 'PERIOD', 0),    # itself, from periods: 6%
    (1.24, 'key_class', 'TO'),                # 'to': 5%
    (0.64, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 5%
    (1.17, 'key_class', 'CONJ'),              # conjunctions: 4%
    (1.36, 'key_class', 'WH'),                # wh-words: 4%
    (0.67, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 3%
    (0.95, 'key_class', 'COMMA'),             # commas: 2%
    (3.69, 'query_distance', 'COMMA', 0),     # itself, from commas: 2%
    (1.19, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.07, 'key_distance', 'PERIOD', 1),      # the previous token when a period: 0%
    (-0.84, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
