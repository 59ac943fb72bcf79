"""Mainly recent tokens; otherwise periods, the token itself and away from content words.

head: L1H7
heldout_iou: 0.609
heldout_iou_no_bos: 0.607
name: L1H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.93, 'log_distance'),                  # recent tokens: 31%
    (1.79, 'key_class', 'PERIOD'),            # periods: 17%
    (-1.0, 'distance', 0),                    # the token itself: 11%
    (-1.0, 'key_class', 'CONTENT'),           # away from content words: 10%
    (0.91, 'key_class', 'DET'),               # determiners: 7%
    (1.57, 'key_class', 'COMMA'),             # commas: 6%
    (0.76, 'key_class', 'PREP'),              # prepositions: 5%
    (1.5, 'key_class', 'TO'),                 # 'to': 5%
    (1.45, 'key_token', ' and'),              # the token ' and': 4%
    (-2.23, 'first'),                         # a first-token sink: 2%
    (0.48, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (-1.35, 'key_class', 'VERB_ING'),         # away from -ing verbs: 2%
    (1.88, 'key_token', '\n'),                # the token '\n': 2%
    (-1.13, 'key_class', 'VERB_ED'),          # away from -ed verbs: 1%
    (1.61, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (-0.44, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
