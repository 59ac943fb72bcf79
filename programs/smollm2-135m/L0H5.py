"""Mostly recent tokens; otherwise determiners, away from periods and tokens similar to the query.

head: L0H5
heldout_iou: 0.671
heldout_iou_no_bos: 0.669
name: L0H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.42, 'log_distance'),                  # recent tokens: 16%
    (0.53, 'key_class', 'DET'),               # determiners: 5%
    (-0.93, 'key_class', 'PERIOD'),           # away from periods: 4%
    (0.28, 'embed_cosine'),                   # tokens similar to the query: 4%
    (0.34, 'distance', 1),                    # the previous token: 3%
    (0.47, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 3%
    (-0.64, 'key_class', 'AUX'),              # away from auxiliaries: 2%
    (1.04, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (0.7, 'word_start'),                      # word starts: 2%
    (-0.58, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 2%
    (-0.94, 'key_class', 'COMMA'),            # away from commas: 2%
    (0.62, 'key_class', 'NUMBER'),            # numbers: 1%
    (1.75, 'key_distance', 'PERIOD', 1),      # the previous token when a period: 1%
    (0.84, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
