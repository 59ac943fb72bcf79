"""Mainly the token ' the'; otherwise a first-token sink, content word -> the token after a 'to' and content word -> the token after a preposition.

head: L8H4
heldout_iou: 0.552
heldout_iou_no_bos: 0.386
name: L8H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L8H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.04, 'key_token', ' the'),              # the token ' the': 47%
    (6.61, 'first'),                          # a first-token sink: 44%
    (2.29, 'after', 'CONTENT', 'TO'),         # content word -> the token after a 'to': 4%
    (1.68, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 4%
    (1.09, 'same_token'),                     # earlier copies of the query token: 2%
    (0.54, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (4.49, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (2.42, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
    (3.49, 'pair', 'NAME', 'PRON_OBJ'),       # name -> object pronoun: 1%
    (2.1, 'pair', 'CONJ', 'CONJ'),            # conjunction -> conjunction: 1%
    (2.25, 'query_distance', 'CONJ', 0),      # itself, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
