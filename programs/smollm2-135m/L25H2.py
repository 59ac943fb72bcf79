"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and subject pronouns.

head: L25H2
heldout_iou: 0.425
heldout_iou_no_bos: 0.376
name: L25H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L25H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.46, 'first'),                          # a first-token sink: 45%
    (2.13, 'same_sentence'),                  # the query's own sentence: 33%
    (-0.49, 'log_distance'),                  # recent tokens: 20%
    (2.59, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 14%
    (0.99, 'distance', 1),                    # the previous token: 7%
    (1.9, 'pair', 'PRON_SUBJ', 'BOS'),        # subject pronoun -> first token: 2%
    (3.36, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (1.18, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (1.41, 'last', 'NAME'),                   # the last name: 2%
    (-0.58, 'key_class', 'DET'),              # away from determiners: 1%
    (0.58, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (2.28, 'key_token', ' mother'),           # the token ' mother': 1%
    (-2.35, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
    (-0.46, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-2.09, 'pair', 'DET', 'PRON_SUBJ'),      # away from determiner -> subject pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
