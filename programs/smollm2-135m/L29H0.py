"""Mainly a first-token sink; otherwise the query's own word, earlier copies of the query token and the query's own sentence.

head: L29H0
heldout_iou: 0.592
heldout_iou_no_bos: 0.543
name: L29H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L29H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.6, 'first'),                           # a first-token sink: 47%
    (1.5, 'same_word'),                       # the query's own word: 21%
    (1.34, 'same_token'),                     # earlier copies of the query token: 20%
    (0.57, 'same_sentence'),                  # the query's own sentence: 11%
    (-0.14, 'log_distance'),                  # recent tokens: 8%
    (0.29, 'embed_cosine'),                   # tokens similar to the query: 6%
    (0.48, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.01, 'key_class', 'PERIOD'),            # periods: 3%
    (1.21, 'distance', 1),                    # the previous token: 3%
    (1.18, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 2%
    (0.71, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (0.07, 'distance', 0),                    # the token itself: 1%
    (0.44, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (-0.12, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
