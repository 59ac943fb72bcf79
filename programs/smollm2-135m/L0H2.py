"""Mainly periods; otherwise tokens similar to the query, prepositions and itself, from periods.

head: L0H2
heldout_iou: 0.618
heldout_iou_no_bos: 0.617
name: L0H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.85, 'key_class', 'PERIOD'),            # periods: 12%
    (1.16, 'embed_cosine'),                   # tokens similar to the query: 12%
    (1.14, 'key_class', 'PREP'),              # prepositions: 8%
    (3.85, 'query_distance', 'PERIOD', 0),    # itself, from periods: 5%
    (1.12, 'key_class', 'CONJ'),              # conjunctions: 4%
    (-1.02, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 3%
    (1.16, 'key_class', 'TO'),                # 'to': 3%
    (0.48, 'distance', 1),                    # the previous token: 2%
    (0.9, 'key_class', 'COMMA'),              # commas: 2%
    (1.32, 'key_class', 'WH'),                # wh-words: 2%
    (0.81, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 2%
    (0.59, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (3.55, 'query_distance', 'COMMA', 0),     # itself, from commas: 2%
    (-0.56, 'key_class', 'NAME'),             # away from names: 1%
    (1.02, 'key_class', 'NEWLINE'),           # newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
