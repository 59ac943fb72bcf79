"""Mostly periods; otherwise the previous token, away from the last period and recent tokens.

head: L1H1
heldout_iou: 0.547
heldout_iou_no_bos: 0.550
name: L1H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.19, 'key_class', 'PERIOD'),            # periods: 46%
    (1.86, 'distance', 1),                    # the previous token: 14%
    (-0.76, 'last', 'PERIOD'),                # away from the last period: 12%
    (-0.28, 'log_distance'),                  # recent tokens: 10%
    (-0.86, 'key_class', 'CONTENT'),          # away from content words: 9%
    (2.51, 'key_class', 'COMMA'),             # commas: 8%
    (0.87, 'same_token'),                     # earlier copies of the query token: 7%
    (0.32, 'same_sentence'),                  # the query's own sentence: 4%
    (1.42, 'key_token', ' the'),              # the token ' the': 4%
    (1.85, 'query_distance', 'CONTENT', 0),   # itself, from content words: 4%
    (0.69, 'distance', 2),                    # the token 2 back: 3%
    (0.97, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 2%
    (-1.15, 'key_class', 'NAME'),             # away from names: 1%
    (1.05, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
    (1.62, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (2.98, 'pair', 'PRON_SUBJ', 'WH'),        # subject pronoun -> wh-word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
