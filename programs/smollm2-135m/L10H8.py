"""Mainly recent tokens; otherwise tokens similar to the query, the token ' the' and periods.

head: L10H8
heldout_iou: 0.524
heldout_iou_no_bos: 0.527
name: L10H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.57, 'log_distance'),                  # recent tokens: 25%
    (0.89, 'embed_cosine'),                   # tokens similar to the query: 14%
    (2.16, 'key_token', ' the'),              # the token ' the': 12%
    (1.65, 'key_class', 'PERIOD'),            # periods: 11%
    (-1.11, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 7%
    (0.38, 'same_word'),                      # the query's own word: 7%
    (0.37, 'same_token'),                     # earlier copies of the query token: 6%
    (0.36, 'same_sentence'),                  # the query's own sentence: 6%
    (0.2, 'distance', 0),                     # the token itself: 4%
    (0.92, 'key_token', ' a'),                # the token ' a': 2%
    (0.71, 'key_class', 'COMMA'),             # commas: 1%
    (2.0, 'pair', 'CONJ', 'CONJ'),            # conjunction -> conjunction: 1%
    (-1.1, 'query_distance', 'NAME', 0),      # away from itself, from names: 1%
    (1.14, 'query_distance', 'COMMA', 0),     # itself, from commas: 1%
    (0.76, 'query_distance', 'PRON_OBJ', 0),  # itself, from object pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
