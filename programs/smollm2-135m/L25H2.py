"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and subject pronouns.

head: L25H2
heldout_iou: 0.406
heldout_iou_no_bos: 0.366
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
    (4.99, 'first'),                          # a first-token sink: 44%
    (2.16, 'same_sentence'),                  # the query's own sentence: 35%
    (1.36, 'distance', 1),                    # the previous token: 9%
    (1.92, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 8%
    (2.47, 'pair', 'NAME', 'BOS'),            # name -> first token: 4%
    (1.05, 'last', 'NAME'),                   # the last name: 3%
    (0.61, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 3%
    (1.71, 'key_class', 'PRON_OBJ'),          # object pronouns: 3%
    (0.53, 'key_class', 'NAME'),              # names: 2%
    (0.54, 'distance', 2),                    # the token 2 back: 2%
    (1.28, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (0.25, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.35, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (0.59, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (-1.86, 'pair', 'DET', 'PRON_SUBJ'),      # away from determiner -> subject pronoun: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
