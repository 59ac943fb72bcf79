"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L21H0
heldout_iou: 0.526
heldout_iou_no_bos: 0.483
name: L21H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L21H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.09, 'first'),                          # a first-token sink: 50%
    (2.15, 'same_sentence'),                  # the query's own sentence: 32%
    (-0.71, 'log_distance'),                  # recent tokens: 30%
    (1.36, 'distance', 1),                    # the previous token: 12%
    (-0.47, 'key_class', 'CONTENT'),          # away from content words: 5%
    (0.9, 'distance', 2),                     # the token 2 back: 4%
    (1.54, 'key_class', 'PERIOD'),            # periods: 4%
    (2.17, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 2%
    (1.22, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-1.94, 'key_class', 'NAME'),             # away from names: 2%
    (0.26, 'last', 'CONTENT'),                # the last content word: 1%
    (-0.35, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 1%
    (1.59, 'query_distance', 'PRON_SUBJ', 0), # itself, from subject pronouns: 1%
    (1.14, 'pair', 'COMMA', 'BOS'),           # comma -> first token: 1%
    (0.9, 'pair', 'VERB_ED', 'BOS'),          # -ed verb -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
