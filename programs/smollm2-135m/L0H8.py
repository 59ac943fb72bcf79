"""Mainly the token '.'; otherwise away from content words, a first-token sink and auxiliaries.

head: L0H8
heldout_iou: 0.605
heldout_iou_no_bos: 0.603
name: L0H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.77, 'key_token', '.'),                 # the token '.': 16%
    (-0.76, 'key_class', 'CONTENT'),          # away from content words: 12%
    (-3.16, 'first'),                         # a first-token sink: 6%
    (0.74, 'key_class', 'AUX'),               # auxiliaries: 5%
    (-1.25, 'key_class', 'NAME'),             # away from names: 4%
    (0.8, 'key_token', ' the'),               # the token ' the': 4%
    (-1.39, 'key_class', 'VERB_ED'),          # away from -ed verbs: 3%
    (0.61, 'key_class', 'COMMA'),             # commas: 3%
    (0.61, 'key_token', ','),                 # the token ',': 3%
    (1.74, 'key_token', ' The'),              # the token ' The': 2%
    (1.01, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (-1.18, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 2%
    (-1.43, 'key_class', 'VERB_ING'),         # away from -ing verbs: 1%
    (1.89, 'key_token', "'s"),                # the token "'s": 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
