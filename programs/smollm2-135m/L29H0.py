"""Mostly a first-token sink; otherwise the token itself, the query's own sentence and tokens similar to the query.

head: L29H0
heldout_iou: 0.600
heldout_iou_no_bos: 0.563
name: L29H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L29H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.46, 'first'),                          # a first-token sink: 50%
    (2.52, 'distance', 0),                    # the token itself: 22%
    (0.53, 'same_sentence'),                  # the query's own sentence: 10%
    (0.39, 'embed_cosine'),                   # tokens similar to the query: 7%
    (0.34, 'same_token'),                     # earlier copies of the query token: 5%
    (-0.09, 'log_distance'),                  # recent tokens: 5%
    (0.65, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 5%
    (1.55, 'distance', 1),                    # the previous token: 4%
    (1.1, 'key_class', 'PERIOD'),             # periods: 3%
    (-0.42, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (-0.3, 'pair', 'CONTENT', 'CONTENT'),     # away from content word -> content word: 2%
    (0.09, 'same_word'),                      # the query's own word: 1%
    (2.01, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
    (-0.64, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.06, 'key_class', 'CONTENT'),          # away from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
