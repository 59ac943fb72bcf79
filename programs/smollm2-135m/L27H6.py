"""Mainly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and the previous token.

head: L27H6
heldout_iou: 0.623
heldout_iou_no_bos: 0.556
name: L27H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L27H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.68, 'first'),                          # a first-token sink: 63%
    (2.45, 'same_sentence'),                  # the query's own sentence: 29%
    (4.23, 'same_token'),                     # earlier copies of the query token: 24%
    (3.68, 'distance', 1),                    # the previous token: 9%
    (-0.15, 'log_distance'),                  # recent tokens: 9%
    (-0.44, 'embed_cosine'),                  # away from tokens similar to the query: 9%
    (-0.59, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 4%
    (0.27, 'distance', 0),                    # the token itself: 4%
    (2.09, 'key_class', 'PERIOD'),            # periods: 4%
    (0.21, 'same_word'),                      # the query's own word: 3%
    (0.74, 'last', 'DET'),                    # the last determiner: 2%
    (1.46, 'query_distance', 'PREP', 0),      # itself, from prepositions: 2%
    (0.96, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
