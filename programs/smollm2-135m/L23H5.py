"""Mostly a first-token sink; otherwise content words, content word -> first token and the query's own sentence.

head: L23H5
heldout_iou: 0.561
heldout_iou_no_bos: 0.361
name: L23H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L23H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.35, 'first'),                          # a first-token sink: 64%
    (1.56, 'key_class', 'CONTENT'),           # content words: 16%
    (0.7, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 5%
    (0.45, 'same_sentence'),                  # the query's own sentence: 5%
    (-0.15, 'log_distance'),                  # recent tokens: 4%
    (0.6, 'last', 'CONTENT'),                 # the last content word: 3%
    (1.89, 'key_class', 'NAME'),              # names: 2%
    (2.0, 'after', 'DET', 'DET'),             # determiner -> the token after a determiner: 2%
    (0.87, 'after', 'CONTENT', 'DET'),        # content word -> the token after a determiner: 2%
    (1.36, 'key_class', 'VERB_ING'),          # -ing verbs: 2%
    (0.24, 'same_token'),                     # earlier copies of the query token: 1%
    (1.35, 'key_token', ' mother'),           # the token ' mother': 1%
    (0.2, 'same_word'),                       # the query's own word: 1%
    (0.52, 'last', 'VERB_ING'),               # the last -ing verb: 1%
    (-0.75, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
