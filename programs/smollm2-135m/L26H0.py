"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and tokens similar to the query.

head: L26H0
heldout_iou: 0.540
heldout_iou_no_bos: 0.481
name: L26H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L26H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.21, 'first'),                          # a first-token sink: 46%
    (2.01, 'same_sentence'),                  # the query's own sentence: 33%
    (-0.54, 'log_distance'),                  # recent tokens: 24%
    (0.42, 'embed_cosine'),                   # tokens similar to the query: 7%
    (0.4, 'same_token'),                      # earlier copies of the query token: 6%
    (-2.85, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 4%
    (2.13, 'pair', 'DET', 'BOS'),             # determiner -> first token: 4%
    (3.68, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (0.67, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 2%
    (2.22, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 2%
    (1.45, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 1%
    (0.07, 'distance', 0),                    # the token itself: 1%
    (0.77, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
    (1.0, 'pair', 'NAME', 'BOS'),             # name -> first token: 1%
    (-0.29, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
