"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and subject pronouns.

head: L13H8
heldout_iou: 0.412
heldout_iou_no_bos: 0.353
name: L13H8
form: terms
terms: 16
origin: synthesized (search/terms)
target: L13H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.16, 'first'),                          # a first-token sink: 43%
    (1.86, 'same_sentence'),                  # the query's own sentence: 30%
    (-0.21, 'log_distance'),                  # recent tokens: 9%
    (2.06, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 9%
    (1.22, 'distance', 1),                    # the previous token: 8%
    (0.73, 'key_class', 'CONTENT'),           # content words: 8%
    (1.1, 'distance', 2),                     # the token 2 back: 5%
    (0.53, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.77, 'key_class', 'NAME'),              # names: 4%
    (0.83, 'distance', 3),                    # the token 3 back: 3%
    (1.62, 'key_class', 'PERIOD'),            # periods: 3%
    (1.22, 'pair', 'DET', 'BOS'),             # determiner -> first token: 2%
    (1.87, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 2%
    (1.19, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (0.61, 'distance', 4),                    # the token 4 back: 2%
    (1.79, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
