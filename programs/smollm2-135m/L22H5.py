"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L22H5
heldout_iou: 0.588
heldout_iou_no_bos: 0.512
name: L22H5
form: terms
terms: 11
origin: synthesized (search/terms)
target: L22H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.44, 'first'),                          # a first-token sink: 41%
    (-0.59, 'log_distance'),                  # recent tokens: 24%
    (0.8, 'same_sentence'),                   # the query's own sentence: 15%
    (0.31, 'key_class', 'CONTENT'),           # content words: 5%
    (0.92, 'key_class', 'PERIOD'),            # periods: 3%
    (0.36, 'last', 'CONTENT'),                # the last content word: 3%
    (0.22, 'same_token'),                     # earlier copies of the query token: 2%
    (0.5, 'key_class', 'NAME'),               # names: 1%
    (0.93, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.05, 'embed_cosine'),                   # tokens similar to the query: 1%
    (0.05, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
