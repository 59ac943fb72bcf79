"""Mainly recent tokens; otherwise away from the query's own word, tokens similar to the query and the query's own sentence.

head: L1H4
heldout_iou: 0.567
heldout_iou_no_bos: 0.567
name: L1H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L1H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.82, 'log_distance'),                  # recent tokens: 28%
    (-1.36, 'same_word'),                     # away from the query's own word: 20%
    (0.71, 'embed_cosine'),                   # tokens similar to the query: 9%
    (0.48, 'same_sentence'),                  # the query's own sentence: 9%
    (0.67, 'key_class', 'AUX'),               # auxiliaries: 4%
    (-0.31, 'distance', 0),                   # the token itself: 3%
    (-0.25, 'distance', 1),                   # the previous token: 3%
    (-0.34, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.45, 'last', 'AUX'),                   # away from the last auxiliary: 2%
    (0.62, 'word_start'),                     # word starts: 2%
    (0.52, 'key_class', 'TO'),                # 'to': 2%
    (-0.78, 'key_class', 'COMMA'),            # away from commas: 2%
    (-1.03, 'key_distance', 'AUX', 1),        # away from the previous token when a auxiliary: 1%
    (1.5, 'pair', 'VERB_ED', 'AUX'),          # -ed verb -> auxiliary: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
