"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L27H0
heldout_iou: 0.487
heldout_iou_no_bos: 0.418
name: L27H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L27H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.45, 'first'),                          # a first-token sink: 47%
    (1.01, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.3, 'log_distance'),                   # recent tokens: 13%
    (0.88, 'same_token'),                     # earlier copies of the query token: 8%
    (0.59, 'last', 'CONTENT'),                # the last content word: 4%
    (0.12, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.52, 'key_class', 'PERIOD'),            # periods: 2%
    (0.45, 'key_token', '.'),                 # the token '.': 1%
    (-0.33, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.08, 'same_word'),                     # away from the query's own word: 1%
    (-0.43, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-0.07, 'distance', 0),                   # the token itself: 1%
    (-1.27, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.85, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (0.77, 'query_distance', 'PRON_SUBJ', 0), # itself, from subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
