"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L22H0
heldout_iou: 0.538
heldout_iou_no_bos: 0.406
name: L22H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L22H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.79, 'first'),                          # a first-token sink: 57%
    (-0.32, 'log_distance'),                  # recent tokens: 9%
    (0.66, 'same_sentence'),                  # the query's own sentence: 7%
    (1.8, 'key_class', 'PERIOD'),             # periods: 7%
    (0.58, 'key_class', 'CONTENT'),           # content words: 6%
    (0.41, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.04, 'key_class', 'NAME'),              # names: 1%
    (-0.99, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (1.72, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.26, 'same_token'),                     # earlier copies of the query token: 1%
    (1.89, 'key_token', ' mother'),           # the token ' mother': 1%
    (0.42, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 1%
    (-0.27, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
