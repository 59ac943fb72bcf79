"""Mostly recent tokens; otherwise the previous token, the query's own sentence and a first-token sink.

head: L29H3
heldout_iou: 0.570
heldout_iou_no_bos: 0.596
name: L29H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L29H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.03, 'log_distance'),                  # recent tokens: 49%
    (1.31, 'distance', 1),                    # the previous token: 17%
    (0.68, 'same_sentence'),                  # the query's own sentence: 12%
    (3.3, 'first'),                           # a first-token sink: 11%
    (0.36, 'embed_cosine'),                   # tokens similar to the query: 7%
    (0.77, 'distance', 2),                    # the token 2 back: 5%
    (0.2, 'same_token'),                      # earlier copies of the query token: 4%
    (2.77, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (0.15, 'distance', 0),                    # the token itself: 3%
    (0.14, 'last', 'CONTENT'),                # the last content word: 2%
    (-1.41, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (-0.16, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (1.3, 'pair', 'PRON_SUBJ', 'BOS'),        # subject pronoun -> first token: 1%
    (0.04, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
