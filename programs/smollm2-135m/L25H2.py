"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and subject pronouns.

head: L25H2
heldout_iou: 0.424
heldout_iou_no_bos: 0.373
name: L25H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L25H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.41, 'first'),                          # a first-token sink: 46%
    (2.13, 'same_sentence'),                  # the query's own sentence: 33%
    (-0.53, 'log_distance'),                  # recent tokens: 21%
    (2.51, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 13%
    (1.07, 'distance', 1),                    # the previous token: 8%
    (0.4, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 3%
    (2.09, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 3%
    (1.28, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (3.47, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (1.5, 'last', 'NAME'),                    # the last name: 2%
    (1.19, 'pair', 'DET', 'BOS'),             # determiner -> first token: 2%
    (-0.51, 'key_class', 'DET'),              # away from determiners: 1%
    (-2.38, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
    (2.34, 'key_token', ' mother'),           # the token ' mother': 1%
    (-0.44, 'key_class', 'PREP'),             # away from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
