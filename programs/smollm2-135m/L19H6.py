"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and away from content word -> first token.

head: L19H6
heldout_iou: 0.672
heldout_iou_no_bos: 0.502
name: L19H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L19H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.61, 'first'),                          # a first-token sink: 79%
    (2.88, 'same_sentence'),                  # the query's own sentence: 16%
    (-0.28, 'log_distance'),                  # recent tokens: 7%
    (-0.6, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 3%
    (1.02, 'distance', 1),                    # the previous token: 3%
    (1.02, 'distance', 2),                    # the token 2 back: 2%
    (0.8, 'distance', 3),                     # the token 3 back: 1%
    (1.69, 'last', 'PERIOD'),                 # the last period: 1%
    (1.03, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.71, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (0.69, 'last', 'VERB_ED'),                # the last -ed verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
