"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L18H1
heldout_iou: 0.561
heldout_iou_no_bos: 0.524
name: L18H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L18H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.18, 'first'),                          # a first-token sink: 45%
    (2.81, 'same_sentence'),                  # the query's own sentence: 42%
    (-0.34, 'log_distance'),                  # recent tokens: 17%
    (1.88, 'distance', 1),                    # the previous token: 16%
    (1.45, 'distance', 2),                    # the token 2 back: 8%
    (0.48, 'same_word'),                      # the query's own word: 3%
    (0.9, 'distance', 3),                     # the token 3 back: 3%
    (1.73, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (-0.3, 'same_token'),                     # away from earlier copies of the query token: 3%
    (0.2, 'embed_cosine'),                    # tokens similar to the query: 3%
    (0.29, 'distance', 0),                    # the token itself: 2%
    (1.32, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.16, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-0.44, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.44, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.63, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
