"""Mostly a first-token sink; otherwise the query's own sentence, the token itself and the last period.

head: L27H5
heldout_iou: 0.550
heldout_iou_no_bos: 0.465
name: L27H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L27H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.05, 'first'),                          # a first-token sink: 57%
    (1.89, 'same_sentence'),                  # the query's own sentence: 23%
    (1.69, 'distance', 0),                    # the token itself: 10%
    (2.51, 'last', 'PERIOD'),                 # the last period: 5%
    (2.27, 'pair', 'DET', 'BOS'),             # determiner -> first token: 5%
    (1.07, 'distance', 1),                    # the previous token: 4%
    (0.87, 'distance', 2),                    # the token 2 back: 3%
    (1.46, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (1.88, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
    (1.79, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 1%
    (0.41, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 1%
    (1.34, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (0.31, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
