"""Mainly recent tokens; otherwise away from content words, periods and prepositions.

head: L1H5
heldout_iou: 0.544
heldout_iou_no_bos: 0.541
name: L1H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L1H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.72, 'log_distance'),                  # recent tokens: 25%
    (-1.54, 'key_class', 'CONTENT'),          # away from content words: 20%
    (1.1, 'key_class', 'PERIOD'),             # periods: 12%
    (0.61, 'key_class', 'PREP'),              # prepositions: 6%
    (1.25, 'key_class', 'TO'),                # 'to': 6%
    (-3.4, 'first'),                          # a first-token sink: 4%
    (-2.12, 'key_class', 'NAME'),             # away from names: 4%
    (-1.01, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 3%
    (-0.3, 'same_word'),                      # away from the query's own word: 3%
    (-1.4, 'key_class', 'VERB_ING'),          # away from -ing verbs: 3%
    (-1.18, 'key_class', 'VERB_ED'),          # away from -ed verbs: 2%
    (-1.03, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 2%
    (2.29, 'key_distance', 'COMMA', 1),       # the previous token when a comma: 1%
    (1.09, 'key_token', '\n'),                # the token '\n': 1%
    (2.25, 'pair', 'AUX', 'WH'),              # auxiliary -> wh-word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
