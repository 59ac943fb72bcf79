"""Mostly a first-token sink; otherwise the query's own sentence, away from content word -> first token and away from -ing verb -> first token.

head: L27H7
heldout_iou: 0.638
heldout_iou_no_bos: 0.412
name: L27H7
form: terms
terms: 10
origin: synthesized (search/terms)
target: L27H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.74, 'first'),                          # a first-token sink: 82%
    (3.74, 'same_sentence'),                  # the query's own sentence: 13%
    (-1.83, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 7%
    (-2.72, 'pair', 'VERB_ING', 'BOS'),       # away from -ing verb -> first token: 1%
    (1.47, 'key_class', 'PERIOD'),            # periods: 1%
    (1.65, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.81, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (1.56, 'last', 'PERIOD'),                 # the last period: 1%
    (-1.47, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 1%
    (1.04, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
