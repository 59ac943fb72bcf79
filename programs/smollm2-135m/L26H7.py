"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L26H7
heldout_iou: 0.606
heldout_iou_no_bos: 0.489
name: L26H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L26H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.13, 'first'),                          # a first-token sink: 71%
    (2.38, 'same_sentence'),                  # the query's own sentence: 21%
    (-0.53, 'log_distance'),                  # recent tokens: 17%
    (0.87, 'same_token'),                     # earlier copies of the query token: 6%
    (0.91, 'distance', 1),                    # the previous token: 4%
    (1.31, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (1.57, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.45, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (-0.21, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.14, 'same_word'),                      # the query's own word: 1%
    (0.27, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.06, 'embed_cosine'),                   # tokens similar to the query: 1%
    (0.6, 'last', 'VERB_ED'),                 # the last -ed verb: 1%
    (-0.76, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
