"""Mainly recent tokens; otherwise earlier copies of the query token, the query's own sentence and a first-token sink.

head: L29H1
heldout_iou: 0.588
heldout_iou_no_bos: 0.613
name: L29H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L29H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.79, 'log_distance'),                  # recent tokens: 45%
    (1.57, 'same_token'),                     # earlier copies of the query token: 34%
    (0.76, 'same_sentence'),                  # the query's own sentence: 16%
    (4.08, 'first'),                          # a first-token sink: 14%
    (1.68, 'key_class', 'PERIOD'),            # periods: 7%
    (0.23, 'embed_cosine'),                   # tokens similar to the query: 5%
    (0.77, 'distance', 1),                    # the previous token: 5%
    (0.11, 'distance', 0),                    # the token itself: 3%
    (0.09, 'same_word'),                      # the query's own word: 2%
    (-1.41, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (1.63, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 2%
    (0.19, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.12, 'last', 'CONTENT'),                # the last content word: 1%
    (-0.23, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.11, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
