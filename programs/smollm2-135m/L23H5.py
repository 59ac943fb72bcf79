"""Mostly a first-token sink; otherwise content words, content word -> first token and the query's own sentence.

head: L23H5
heldout_iou: 0.558
heldout_iou_no_bos: 0.362
name: L23H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L23H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.35, 'first'),                          # a first-token sink: 67%
    (1.5, 'key_class', 'CONTENT'),            # content words: 14%
    (0.73, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 5%
    (0.41, 'same_sentence'),                  # the query's own sentence: 4%
    (-0.1, 'log_distance'),                   # recent tokens: 2%
    (1.82, 'key_class', 'NAME'),              # names: 2%
    (0.53, 'last', 'CONTENT'),                # the last content word: 2%
    (1.99, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 2%
    (1.29, 'key_class', 'VERB_ING'),          # -ing verbs: 2%
    (0.73, 'after', 'CONTENT', 'DET'),        # content word -> the token after a determiner: 1%
    (0.31, 'same_token'),                     # earlier copies of the query token: 1%
    (0.6, 'last', 'VERB_ING'),                # the last -ing verb: 1%
    (1.27, 'key_token', ' mother'),           # the token ' mother': 1%
    (-0.85, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
