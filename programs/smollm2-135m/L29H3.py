"""Mostly recent tokens; otherwise the query's own sentence, a first-token sink and the previous token.

head: L29H3
heldout_iou: 0.568
heldout_iou_no_bos: 0.602
name: L29H3
form: terms
terms: 12
origin: synthesized (search/terms)
target: L29H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.31, 'log_distance'),                  # recent tokens: 55%
    (1.14, 'same_sentence'),                  # the query's own sentence: 18%
    (3.03, 'first'),                          # a first-token sink: 7%
    (0.3, 'distance', 1),                     # the previous token: 5%
    (1.04, 'key_class', 'PERIOD'),            # periods: 4%
    (2.32, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (-1.92, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (0.71, 'query_distance', 'DET', 1),       # the previous token, from determiners: 1%
    (-0.8, 'after', 'CONTENT', 'PERIOD'),     # away from content word -> the token after a period: 1%
    (1.38, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (1.14, 'query_distance', 'COMMA', 1),     # the previous token, from commas: 1%
    (-0.31, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
