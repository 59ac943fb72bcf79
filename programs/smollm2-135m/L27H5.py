"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and recent tokens.

head: L27H5
heldout_iou: 0.558
heldout_iou_no_bos: 0.471
name: L27H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L27H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.91, 'first'),                          # a first-token sink: 53%
    (1.68, 'same_sentence'),                  # the query's own sentence: 22%
    (1.3, 'same_token'),                      # earlier copies of the query token: 9%
    (-0.17, 'log_distance'),                  # recent tokens: 8%
    (0.98, 'key_class', 'PERIOD'),            # periods: 4%
    (0.99, 'last', 'PERIOD'),                 # the last period: 3%
    (1.93, 'pair', 'DET', 'BOS'),             # determiner -> first token: 3%
    (0.73, 'distance', 1),                    # the previous token: 3%
    (1.02, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 3%
    (1.82, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 2%
    (0.48, 'distance', 2),                    # the token 2 back: 1%
    (1.83, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 1%
    (1.42, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (2.0, 'last', 'QUOTE'),                   # the last quotation mark: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
