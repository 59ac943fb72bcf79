"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and away from the last determiner.

head: L9H1
heldout_iou: 0.510
heldout_iou_no_bos: 0.475
name: L9H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L9H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.03, 'first'),                          # a first-token sink: 25%
    (2.83, 'key_token', ' the'),              # the token ' the': 20%
    (1.07, 'same_sentence'),                  # the query's own sentence: 16%
    (-0.74, 'last', 'DET'),                   # away from the last determiner: 6%
    (1.15, 'last', 'PERIOD'),                 # the last period: 2%
    (0.49, 'distance', 3),                    # the token 3 back: 2%
    (0.9, 'key_distance', 'CONTENT', 1),      # the previous token when a content word: 2%
    (0.93, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 2%
    (-0.66, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (0.07, 'key_class', 'CONTENT'),           # content words: 1%
    (-0.31, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (-0.55, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
