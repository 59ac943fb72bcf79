"""Mainly recent tokens; otherwise periods, the previous token and away from the last period.

head: L11H3
heldout_iou: 0.456
heldout_iou_no_bos: 0.456
name: L11H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L11H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.55, 'log_distance'),                  # recent tokens: 22%
    (2.85, 'key_class', 'PERIOD'),            # periods: 21%
    (1.34, 'distance', 1),                    # the previous token: 14%
    (-1.12, 'last', 'PERIOD'),                # away from the last period: 12%
    (-0.46, 'key_class', 'CONTENT'),          # away from content words: 7%
    (0.42, 'same_word'),                      # the query's own word: 5%
    (0.28, 'distance', 0),                    # the token itself: 4%
    (0.81, 'key_class', 'COMMA'),             # commas: 3%
    (0.81, 'key_token', ','),                 # the token ',': 3%
    (0.16, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.6, 'key_token', ' and'),               # the token ' and': 2%
    (0.16, 'same_token'),                     # earlier copies of the query token: 2%
    (0.34, 'key_class', 'CONJ'),              # conjunctions: 2%
    (-1.42, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
