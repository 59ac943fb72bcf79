"""Mainly recent tokens; otherwise periods, the token itself and away from content words.

head: L1H7
heldout_iou: 0.611
heldout_iou_no_bos: 0.609
name: L1H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.92, 'log_distance'),                  # recent tokens: 31%
    (1.75, 'key_class', 'PERIOD'),            # periods: 17%
    (-0.99, 'distance', 0),                   # the token itself: 11%
    (-1.03, 'key_class', 'CONTENT'),          # away from content words: 11%
    (0.88, 'key_class', 'DET'),               # determiners: 7%
    (1.6, 'key_class', 'COMMA'),              # commas: 6%
    (1.47, 'key_class', 'TO'),                # 'to': 5%
    (0.91, 'last', 'PREP'),                   # the last preposition: 5%
    (1.36, 'key_token', ' and'),              # the token ' and': 3%
    (-2.21, 'first'),                         # a first-token sink: 2%
    (0.47, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (-1.27, 'key_class', 'VERB_ING'),         # away from -ing verbs: 2%
    (1.81, 'key_token', '\n'),                # the token '\n': 2%
    (-1.22, 'key_class', 'VERB_ED'),          # away from -ed verbs: 1%
    (1.62, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (-0.47, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
