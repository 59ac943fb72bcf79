"""Mostly a first-token sink; otherwise the query's own sentence, the last period and away from tokens similar to the query.

head: L26H6
heldout_iou: 0.656
heldout_iou_no_bos: 0.379
name: L26H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L26H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.47, 'first'),                          # a first-token sink: 79%
    (2.27, 'same_sentence'),                  # the query's own sentence: 7%
    (1.88, 'last', 'PERIOD'),                 # the last period: 6%
    (-0.76, 'embed_cosine'),                  # away from tokens similar to the query: 6%
    (0.79, 'key_class', 'PERIOD'),            # periods: 4%
    (1.49, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 4%
    (0.59, 'key_token', '.'),                 # the token '.': 3%
    (-0.64, 'key_class', 'CONTENT'),          # away from content words: 2%
    (1.52, 'pair', 'NAME', 'PERIOD'),         # name -> period: 1%
    (1.75, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.91, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (1.92, 'query_distance', 'PRON_SUBJ', 0), # itself, from subject pronouns: 1%
    (-1.61, 'key_class', 'PREP'),             # away from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
