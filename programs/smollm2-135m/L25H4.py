"""Mostly a first-token sink; otherwise recent tokens, the previous token and away from determiner -> first token.

head: L25H4
heldout_iou: 0.549
heldout_iou_no_bos: 0.416
name: L25H4
form: terms
terms: 13
origin: synthesized (search/terms)
target: L25H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.57, 'first'),                          # a first-token sink: 66%
    (-1.57, 'log_distance'),                  # recent tokens: 27%
    (2.12, 'distance', 1),                    # the previous token: 13%
    (-4.31, 'pair', 'DET', 'BOS'),            # away from determiner -> first token: 6%
    (-3.81, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 4%
    (2.55, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (3.71, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (-2.28, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 1%
    (2.4, 'query_distance', 'AUX', 0),        # itself, from auxiliaries: 1%
    (-2.2, 'key_class', 'NAME'),              # away from names: 1%
    (2.72, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.38, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (2.08, 'pair', 'VERB_ED', 'BOS'),         # -ed verb -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
