"""Mainly the query's own word; otherwise a first-token sink, recent tokens and earlier copies of the query token.

head: L29H4
heldout_iou: 0.591
heldout_iou_no_bos: 0.610
name: L29H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L29H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.91, 'same_word'),                      # the query's own word: 42%
    (5.08, 'first'),                          # a first-token sink: 37%
    (-0.36, 'log_distance'),                  # recent tokens: 23%
    (0.78, 'same_token'),                     # earlier copies of the query token: 16%
    (0.69, 'distance', 0),                    # the token itself: 14%
    (2.81, 'distance', 1),                    # the previous token: 9%
    (-0.34, 'embed_cosine'),                  # away from tokens similar to the query: 7%
    (0.87, 'query_distance', 'CONTENT', 0),   # itself, from content words: 7%
    (1.66, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (1.82, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 2%
    (1.0, 'pair', 'DET', 'BOS'),              # determiner -> first token: 2%
    (-0.19, 'key_class', 'CONTENT'),          # away from content words: 2%
    (1.02, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 1%
    (-0.2, 'pair', 'CONTENT', 'CONTENT'),     # away from content word -> content word: 1%
    (0.06, 'same_sentence'),                  # the query's own sentence: 1%
    (0.09, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
