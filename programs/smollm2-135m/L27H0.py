"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and tokens similar to the query.

head: L27H0
heldout_iou: 0.499
heldout_iou_no_bos: 0.420
name: L27H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L27H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.8, 'first'),                           # a first-token sink: 50%
    (0.98, 'same_sentence'),                  # the query's own sentence: 16%
    (1.28, 'same_token'),                     # earlier copies of the query token: 11%
    (0.49, 'embed_cosine'),                   # tokens similar to the query: 7%
    (-0.12, 'log_distance'),                  # recent tokens: 6%
    (0.34, 'key_class', 'CONTENT'),           # content words: 4%
    (1.19, 'key_class', 'PERIOD'),            # periods: 4%
    (0.96, 'distance', 1),                    # the previous token: 4%
    (0.95, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 2%
    (0.33, 'last', 'CONTENT'),                # the last content word: 2%
    (-1.58, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 2%
    (0.67, 'key_class', 'NAME'),              # names: 1%
    (-0.43, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-0.07, 'same_word'),                     # away from the query's own word: 1%
    (-0.25, 'key_class', 'DET'),              # away from determiners: 1%
    (1.47, 'last', 'QUOTE'),                  # the last quotation mark: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
