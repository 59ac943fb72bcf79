"""Mainly recent tokens; otherwise earlier copies of the query token, a first-token sink and the query's own sentence.

head: L29H1
heldout_iou: 0.579
heldout_iou_no_bos: 0.605
name: L29H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L29H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.81, 'log_distance'),                  # recent tokens: 45%
    (1.57, 'same_token'),                     # earlier copies of the query token: 33%
    (3.99, 'first'),                          # a first-token sink: 15%
    (0.72, 'same_sentence'),                  # the query's own sentence: 15%
    (1.58, 'key_class', 'PERIOD'),            # periods: 7%
    (0.77, 'distance', 1),                    # the previous token: 5%
    (0.12, 'embed_cosine'),                   # tokens similar to the query: 3%
    (1.82, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 2%
    (-1.26, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (0.07, 'distance', 0),                    # the token itself: 2%
    (0.06, 'same_word'),                      # the query's own word: 1%
    (0.18, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.09, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
