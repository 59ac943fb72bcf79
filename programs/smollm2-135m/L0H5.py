"""Mostly recent tokens; otherwise determiners, tokens similar to the query and away from periods.

head: L0H5
heldout_iou: 0.678
heldout_iou_no_bos: 0.677
name: L0H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.47, 'log_distance'),                  # recent tokens: 18%
    (0.5, 'key_class', 'DET'),                # determiners: 5%
    (0.31, 'embed_cosine'),                   # tokens similar to the query: 4%
    (-0.92, 'key_class', 'PERIOD'),           # away from periods: 4%
    (0.49, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 3%
    (-0.63, 'key_class', 'AUX'),              # away from auxiliaries: 2%
    (1.11, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (0.27, 'distance', 1),                    # the previous token: 2%
    (0.72, 'word_start'),                     # word starts: 2%
    (-0.62, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 2%
    (-0.89, 'key_class', 'COMMA'),            # away from commas: 1%
    (0.85, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 1%
    (0.37, 'key_token', ' and'),              # the token ' and': 1%
    (1.6, 'key_distance', 'PERIOD', 1),       # the previous token when a period: 1%
    (0.67, 'last', 'NUMBER'),                 # the last number: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
