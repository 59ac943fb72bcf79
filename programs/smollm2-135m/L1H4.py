"""Mainly recent tokens; otherwise away from the query's own word, tokens similar to the query and the token itself.

head: L1H4
heldout_iou: 0.564
heldout_iou_no_bos: 0.565
name: L1H4
form: terms
terms: 13
origin: synthesized (search/terms)
target: L1H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.82, 'log_distance'),                  # recent tokens: 29%
    (-1.35, 'same_word'),                     # away from the query's own word: 21%
    (0.69, 'embed_cosine'),                   # tokens similar to the query: 9%
    (-0.65, 'distance', 0),                   # the token itself: 8%
    (0.43, 'same_sentence'),                  # the query's own sentence: 8%
    (0.46, 'same_token'),                     # earlier copies of the query token: 5%
    (0.62, 'key_class', 'AUX'),               # auxiliaries: 3%
    (-0.3, 'distance', 1),                    # the previous token: 3%
    (-0.53, 'last', 'AUX'),                   # away from the last auxiliary: 3%
    (-0.36, 'key_class', 'DET'),              # away from determiners: 3%
    (0.67, 'word_start'),                     # word starts: 2%
    (-0.81, 'key_class', 'COMMA'),            # away from commas: 2%
    (0.47, 'key_class', 'TO'),                # 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
