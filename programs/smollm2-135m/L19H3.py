"""Mainly recent tokens; otherwise the previous token, the query's own sentence and a first-token sink.

head: L19H3
heldout_iou: 0.648
heldout_iou_no_bos: 0.685
name: L19H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L19H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.79, 'log_distance'),                  # recent tokens: 40%
    (2.77, 'distance', 1),                    # the previous token: 37%
    (1.37, 'same_sentence'),                  # the query's own sentence: 27%
    (4.95, 'first'),                          # a first-token sink: 23%
    (1.96, 'distance', 2),                    # the token 2 back: 12%
    (0.22, 'distance', 0),                    # the token itself: 2%
    (1.22, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (0.35, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.18, 'same_word'),                      # the query's own word: 2%
    (0.92, 'pair', 'DET', 'BOS'),             # determiner -> first token: 2%
    (0.16, 'same_token'),                     # earlier copies of the query token: 1%
    (0.36, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.2, 'query_distance', 'CONTENT', 2),    # the token 2 back, from content words: 1%
    (0.92, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.19, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
