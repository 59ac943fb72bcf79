"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and tokens similar to the query.

head: L26H0
heldout_iou: 0.534
heldout_iou_no_bos: 0.499
name: L26H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L26H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.05, 'first'),                          # a first-token sink: 42%
    (1.63, 'same_sentence'),                  # the query's own sentence: 30%
    (-0.48, 'log_distance'),                  # recent tokens: 24%
    (0.62, 'embed_cosine'),                   # tokens similar to the query: 10%
    (0.4, 'same_token'),                      # earlier copies of the query token: 6%
    (0.86, 'distance', 1),                    # the previous token: 6%
    (2.18, 'pair', 'DET', 'BOS'),             # determiner -> first token: 4%
    (0.2, 'distance', 0),                     # the token itself: 3%
    (0.3, 'last', 'CONTENT'),                 # the last content word: 3%
    (0.97, 'key_class', 'PERIOD'),            # periods: 3%
    (0.13, 'same_word'),                      # the query's own word: 2%
    (0.52, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 2%
    (1.85, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 1%
    (1.23, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 1%
    (-0.39, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
