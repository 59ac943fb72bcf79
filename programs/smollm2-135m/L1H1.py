"""Mostly periods; otherwise the previous token, earlier copies of the query token and away from the last period.

head: L1H1
heldout_iou: 0.552
heldout_iou_no_bos: 0.553
name: L1H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.57, 'key_class', 'PERIOD'),            # periods: 45%
    (2.18, 'distance', 1),                    # the previous token: 16%
    (1.44, 'same_token'),                     # earlier copies of the query token: 11%
    (-0.67, 'last', 'PERIOD'),                # away from the last period: 10%
    (-0.25, 'log_distance'),                  # recent tokens: 10%
    (2.9, 'key_class', 'COMMA'),              # commas: 9%
    (0.47, 'same_sentence'),                  # the query's own sentence: 7%
    (1.51, 'key_token', ' the'),              # the token ' the': 4%
    (0.85, 'distance', 2),                    # the token 2 back: 3%
    (0.94, 'query_distance', 'CONTENT', 0),   # itself, from content words: 3%
    (-1.7, 'pair', 'PERIOD', 'PERIOD'),       # away from period -> period: 2%
    (1.09, 'last', 'CONJ'),                   # the last conjunction: 1%
    (1.93, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (3.38, 'pair', 'PRON_SUBJ', 'WH'),        # subject pronoun -> wh-word: 1%
    (1.64, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.93, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
