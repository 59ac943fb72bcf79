"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L25H4
heldout_iou: 0.563
heldout_iou_no_bos: 0.423
name: L25H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L25H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.22, 'first'),                          # a first-token sink: 69%
    (-1.05, 'log_distance'),                  # recent tokens: 22%
    (2.31, 'same_sentence'),                  # the query's own sentence: 18%
    (1.73, 'distance', 1),                    # the previous token: 11%
    (4.05, 'query_distance', 'DET', 1),       # the previous token, from determiners: 5%
    (4.82, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 3%
    (2.3, 'query_distance', 'CONTENT', 2),    # the token 2 back, from content words: 3%
    (4.22, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 3%
    (3.56, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (-2.47, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 2%
    (3.81, 'query_distance', 'DET', 0),       # itself, from determiners: 2%
    (2.81, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-2.28, 'key_class', 'NAME'),             # away from names: 1%
    (3.4, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'),  # subject pronoun -> subject pronoun: 1%
    (1.33, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
