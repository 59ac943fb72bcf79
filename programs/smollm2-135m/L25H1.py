"""Mostly a first-token sink; otherwise recent tokens, content word -> first token and content words.

head: L25H1
heldout_iou: 0.655
heldout_iou_no_bos: 0.379
name: L25H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L25H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.47, 'first'),                          # a first-token sink: 75%
    (-0.44, 'log_distance'),                  # recent tokens: 7%
    (0.94, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (0.35, 'key_class', 'CONTENT'),           # content words: 2%
    (0.26, 'same_sentence'),                  # the query's own sentence: 2%
    (-1.04, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (-1.21, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 1%
    (0.47, 'distance', 1),                    # the previous token: 1%
    (-1.0, 'key_class', 'PREP'),              # away from prepositions: 1%
    (0.28, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.7, 'pair', 'PRON_SUBJ', 'BOS'),        # subject pronoun -> first token: 1%
    (0.82, 'induction'),                      # the token after an earlier copy of the query (induction): 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
