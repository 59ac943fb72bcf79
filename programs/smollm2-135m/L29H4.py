"""Mainly the query's own word; otherwise a first-token sink, recent tokens and earlier copies of the query token.

head: L29H4
heldout_iou: 0.595
heldout_iou_no_bos: 0.608
name: L29H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L29H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.03, 'same_word'),                      # the query's own word: 41%
    (5.1, 'first'),                           # a first-token sink: 40%
    (-0.36, 'log_distance'),                  # recent tokens: 23%
    (0.69, 'same_token'),                     # earlier copies of the query token: 14%
    (0.6, 'distance', 0),                     # the token itself: 12%
    (2.64, 'distance', 1),                    # the previous token: 8%
    (-0.33, 'embed_cosine'),                  # away from tokens similar to the query: 7%
    (0.87, 'query_distance', 'CONTENT', 0),   # itself, from content words: 7%
    (-0.28, 'key_class', 'CONTENT'),          # away from content words: 3%
    (1.55, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (1.79, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 2%
    (-0.29, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 2%
    (0.99, 'pair', 'DET', 'BOS'),             # determiner -> first token: 2%
    (0.07, 'same_sentence'),                  # the query's own sentence: 1%
    (0.96, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 1%
    (0.13, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
