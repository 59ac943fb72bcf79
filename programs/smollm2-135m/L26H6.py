"""Mostly a first-token sink; otherwise away from tokens similar to the query, the query's own sentence and periods.

head: L26H6
heldout_iou: 0.662
heldout_iou_no_bos: 0.388
name: L26H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L26H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.97, 'first'),                          # a first-token sink: 79%
    (-1.24, 'embed_cosine'),                  # away from tokens similar to the query: 10%
    (2.35, 'same_sentence'),                  # the query's own sentence: 7%
    (1.44, 'key_class', 'PERIOD'),            # periods: 6%
    (1.65, 'last', 'PERIOD'),                 # the last period: 5%
    (1.34, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 4%
    (0.61, 'key_token', '.'),                 # the token '.': 3%
    (2.37, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (1.58, 'last', 'QUOTE'),                  # the last quotation mark: 1%
    (4.59, 'query_distance', 'PRON_SUBJ', 0), # itself, from subject pronouns: 1%
    (1.72, 'last', 'COMMA'),                  # the last comma: 1%
    (-0.35, 'key_class', 'CONTENT'),          # away from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
