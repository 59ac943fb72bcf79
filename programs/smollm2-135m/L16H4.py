"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and away from earlier copies of the query token.

head: L16H4
heldout_iou: 0.525
heldout_iou_no_bos: 0.491
name: L16H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.05, 'same_sentence'),                  # the query's own sentence: 36%
    (4.83, 'first'),                          # a first-token sink: 36%
    (-0.8, 'log_distance'),                   # recent tokens: 33%
    (-1.44, 'same_token'),                    # away from earlier copies of the query token: 18%
    (0.37, 'distance', 1),                    # the previous token: 5%
    (0.26, 'key_class', 'CONTENT'),           # content words: 4%
    (0.64, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (0.33, 'last', 'CONTENT'),                # the last content word: 3%
    (0.23, 'embed_cosine'),                   # tokens similar to the query: 3%
    (0.71, 'key_class', 'PERIOD'),            # periods: 1%
    (-0.49, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (-0.77, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.47, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.67, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
