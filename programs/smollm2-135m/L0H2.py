"""Mainly tokens similar to the query; otherwise periods, prepositions and itself, from periods.

head: L0H2
heldout_iou: 0.620
heldout_iou_no_bos: 0.618
name: L0H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L0H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.17, 'embed_cosine'),                   # tokens similar to the query: 12%
    (1.79, 'key_class', 'PERIOD'),            # periods: 11%
    (1.19, 'key_class', 'PREP'),              # prepositions: 9%
    (3.86, 'query_distance', 'PERIOD', 0),    # itself, from periods: 5%
    (1.14, 'key_class', 'CONJ'),              # conjunctions: 4%
    (-1.01, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 3%
    (1.14, 'key_class', 'TO'),                # 'to': 3%
    (0.68, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (0.92, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 2%
    (0.46, 'distance', 1),                    # the previous token: 2%
    (1.35, 'key_class', 'WH'),                # wh-words: 2%
    (0.9, 'key_class', 'COMMA'),              # commas: 2%
    (3.57, 'query_distance', 'COMMA', 0),     # itself, from commas: 2%
    (0.83, 'key_class', 'NUMBER'),            # numbers: 1%
    (1.13, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-0.45, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
