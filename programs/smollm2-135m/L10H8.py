"""Mainly recent tokens; otherwise tokens similar to the query, the token ' the' and periods.

head: L10H8
heldout_iou: 0.521
heldout_iou_no_bos: 0.525
name: L10H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.56, 'log_distance'),                  # recent tokens: 24%
    (0.98, 'embed_cosine'),                   # tokens similar to the query: 14%
    (2.25, 'key_token', ' the'),              # the token ' the': 13%
    (1.77, 'key_class', 'PERIOD'),            # periods: 12%
    (-1.23, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 7%
    (0.36, 'same_sentence'),                  # the query's own sentence: 6%
    (0.35, 'same_token'),                     # earlier copies of the query token: 6%
    (0.28, 'same_word'),                      # the query's own word: 5%
    (0.16, 'distance', 0),                    # the token itself: 3%
    (1.03, 'key_token', ' a'),                # the token ' a': 2%
    (2.07, 'query_distance', 'CONJ', 0),      # itself, from conjunctions: 1%
    (0.72, 'key_class', 'COMMA'),             # commas: 1%
    (-1.16, 'query_distance', 'NAME', 0),     # away from itself, from names: 1%
    (1.25, 'query_distance', 'COMMA', 0),     # itself, from commas: 1%
    (0.85, 'query_distance', 'PRON_OBJ', 0),  # itself, from object pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
