"""Mainly recent tokens; otherwise earlier copies of the query token, a first-token sink and the query's own sentence.

head: L29H1
heldout_iou: 0.580
heldout_iou_no_bos: 0.608
name: L29H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L29H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.92, 'log_distance'),                  # recent tokens: 50%
    (1.62, 'same_token'),                     # earlier copies of the query token: 35%
    (3.72, 'first'),                          # a first-token sink: 13%
    (0.41, 'same_sentence'),                  # the query's own sentence: 8%
    (0.5, 'distance', 1),                     # the previous token: 3%
    (0.07, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.14, 'last', 'CONTENT'),                # the last content word: 2%
    (0.44, 'key_class', 'PERIOD'),            # periods: 1%
    (0.42, 'key_token', '.'),                 # the token '.': 1%
    (0.16, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.7, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'),  # subject pronoun -> subject pronoun: 1%
    (-0.3, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 1%
    (0.11, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
