"""Mostly a first-token sink; otherwise away from the query's own word, earlier copies of the query token and periods.

head: L15H7
heldout_iou: 0.529
heldout_iou_no_bos: 0.381
name: L15H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L15H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.19, 'first'),                          # a first-token sink: 51%
    (-1.65, 'same_word'),                     # away from the query's own word: 15%
    (2.4, 'same_token'),                      # earlier copies of the query token: 8%
    (0.69, 'key_class', 'PERIOD'),            # periods: 5%
    (-0.14, 'log_distance'),                  # recent tokens: 4%
    (1.02, 'last', 'PERIOD'),                 # the last period: 4%
    (0.25, 'key_class', 'CONTENT'),           # content words: 3%
    (0.33, 'key_token', '.'),                 # the token '.': 3%
    (0.24, 'same_sentence'),                  # the query's own sentence: 3%
    (-0.73, 'key_class', 'DET'),              # away from determiners: 2%
    (1.08, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.17, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-0.86, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (1.02, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
