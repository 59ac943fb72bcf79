"""Mainly recent tokens; otherwise the query's own sentence, a first-token sink and earlier copies of the query token.

head: L27H1
heldout_iou: 0.511
heldout_iou_no_bos: 0.509
name: L27H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L27H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.91, 'log_distance'),                  # recent tokens: 45%
    (1.52, 'same_sentence'),                  # the query's own sentence: 32%
    (5.19, 'first'),                          # a first-token sink: 26%
    (0.55, 'same_token'),                     # earlier copies of the query token: 10%
    (1.01, 'distance', 1),                    # the previous token: 10%
    (0.48, 'embed_cosine'),                   # tokens similar to the query: 10%
    (2.45, 'key_class', 'PERIOD'),            # periods: 7%
    (-0.2, 'key_class', 'CONTENT'),           # away from content words: 3%
    (1.13, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (-1.41, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (-0.28, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (1.13, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-0.93, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 1%
    (-0.16, 'last', 'PERIOD'),                # away from the last period: 1%
    (1.3, 'pair', 'PRON_SUBJ', 'BOS'),        # subject pronoun -> first token: 1%
    (0.44, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
