"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and away from tokens similar to the query.

head: L27H6
heldout_iou: 0.630
heldout_iou_no_bos: 0.546
name: L27H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L27H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.88, 'first'),                          # a first-token sink: 66%
    (2.28, 'same_sentence'),                  # the query's own sentence: 25%
    (4.44, 'same_token'),                     # earlier copies of the query token: 23%
    (-0.33, 'embed_cosine'),                  # away from tokens similar to the query: 6%
    (3.04, 'distance', 1),                    # the previous token: 6%
    (-0.7, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 5%
    (-0.57, 'last', 'CONTENT'),               # away from the last content word: 4%
    (-0.07, 'log_distance'),                  # recent tokens: 4%
    (1.45, 'key_class', 'PERIOD'),            # periods: 3%
    (1.06, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
    (-0.88, 'key_class', 'NAME'),             # away from names: 1%
    (-0.87, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (1.07, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
