"""Mostly a first-token sink; otherwise the query's own sentence, away from tokens similar to the query and away from content word -> first token.

head: L27H7
heldout_iou: 0.643
heldout_iou_no_bos: 0.420
name: L27H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L27H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.36, 'first'),                          # a first-token sink: 82%
    (3.75, 'same_sentence'),                  # the query's own sentence: 14%
    (-1.1, 'embed_cosine'),                   # away from tokens similar to the query: 8%
    (-1.3, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 6%
    (1.41, 'same_token'),                     # earlier copies of the query token: 3%
    (1.28, 'key_class', 'PERIOD'),            # periods: 1%
    (1.57, 'last', 'PERIOD'),                 # the last period: 1%
    (-1.77, 'pair', 'VERB_ING', 'BOS'),       # away from -ing verb -> first token: 1%
    (0.45, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (1.28, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (1.02, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
