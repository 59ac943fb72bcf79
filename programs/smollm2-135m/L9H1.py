"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and recent tokens.

head: L9H1
heldout_iou: 0.519
heldout_iou_no_bos: 0.487
name: L9H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L9H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.09, 'first'),                          # a first-token sink: 23%
    (2.81, 'key_token', ' the'),              # the token ' the': 19%
    (0.62, 'same_sentence'),                  # the query's own sentence: 10%
    (-0.28, 'log_distance'),                  # recent tokens: 10%
    (-0.82, 'last', 'DET'),                   # away from the last determiner: 6%
    (-1.21, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (0.85, 'last', 'PERIOD'),                 # the last period: 2%
    (0.33, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (0.11, 'key_class', 'CONTENT'),           # content words: 2%
    (0.29, 'distance', 2),                    # the token 2 back: 2%
    (0.66, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 2%
    (0.34, 'distance', 3),                    # the token 3 back: 1%
    (0.26, 'last', 'CONTENT'),                # the last content word: 1%
    (-0.61, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (0.44, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
