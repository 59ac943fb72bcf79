"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the token 2 back.

head: L16H2
heldout_iou: 0.577
heldout_iou_no_bos: 0.491
name: L16H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.0, 'first'),                           # a first-token sink: 47%
    (1.75, 'same_sentence'),                  # the query's own sentence: 28%
    (-0.34, 'log_distance'),                  # recent tokens: 15%
    (1.07, 'distance', 2),                    # the token 2 back: 6%
    (0.82, 'distance', 1),                    # the previous token: 5%
    (1.01, 'distance', 3),                    # the token 3 back: 4%
    (0.48, 'last', 'CONTENT'),                # the last content word: 4%
    (-0.64, 'key_class', 'DET'),              # away from determiners: 2%
    (0.66, 'distance', 4),                    # the token 4 back: 2%
    (-1.27, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-0.44, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (-0.46, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (0.12, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.66, 'key_class', 'COMMA'),            # away from commas: 1%
    (1.68, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
