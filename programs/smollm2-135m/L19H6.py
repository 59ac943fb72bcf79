"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L19H6
heldout_iou: 0.668
heldout_iou_no_bos: 0.478
name: L19H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L19H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.95, 'first'),                          # a first-token sink: 79%
    (2.66, 'same_sentence'),                  # the query's own sentence: 14%
    (-0.28, 'log_distance'),                  # recent tokens: 7%
    (0.87, 'distance', 1),                    # the previous token: 2%
    (-0.41, 'key_class', 'CONTENT'),          # away from content words: 2%
    (0.83, 'distance', 2),                    # the token 2 back: 2%
    (-0.33, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (-0.23, 'embed_cosine'),                  # away from tokens similar to the query: 2%
    (1.13, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.43, 'last', 'PERIOD'),                 # the last period: 1%
    (-0.98, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (-0.95, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
