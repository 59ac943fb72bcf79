"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and away from earlier copies of the query token.

head: L16H5
heldout_iou: 0.418
heldout_iou_no_bos: 0.407
name: L16H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.5, 'same_sentence'),                   # the query's own sentence: 46%
    (5.47, 'first'),                          # a first-token sink: 30%
    (-0.63, 'log_distance'),                  # recent tokens: 29%
    (-1.21, 'same_token'),                    # away from earlier copies of the query token: 17%
    (1.61, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 8%
    (0.61, 'distance', 1),                    # the previous token: 7%
    (0.6, 'last', 'CONTENT'),                 # the last content word: 6%
    (0.5, 'embed_cosine'),                    # tokens similar to the query: 6%
    (0.37, 'key_class', 'CONTENT'),           # content words: 6%
    (1.61, 'last', 'NAME'),                   # the last name: 4%
    (-1.03, 'key_class', 'DET'),              # away from determiners: 3%
    (1.02, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (0.14, 'same_word'),                      # the query's own word: 1%
    (-0.4, 'key_class', 'PREP'),              # away from prepositions: 1%
    (-1.09, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
