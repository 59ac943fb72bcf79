"""Mostly recent tokens; otherwise the previous token, the query's own sentence and a first-token sink.

head: L29H3
heldout_iou: 0.576
heldout_iou_no_bos: 0.604
name: L29H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L29H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.05, 'log_distance'),                  # recent tokens: 50%
    (1.32, 'distance', 1),                    # the previous token: 16%
    (0.63, 'same_sentence'),                  # the query's own sentence: 11%
    (3.32, 'first'),                          # a first-token sink: 10%
    (0.37, 'embed_cosine'),                   # tokens similar to the query: 8%
    (0.29, 'same_token'),                     # earlier copies of the query token: 6%
    (0.79, 'distance', 2),                    # the token 2 back: 5%
    (0.21, 'distance', 0),                    # the token itself: 5%
    (2.84, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (-1.61, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (1.38, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
    (0.04, 'same_word'),                      # the query's own word: 1%
    (0.08, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
