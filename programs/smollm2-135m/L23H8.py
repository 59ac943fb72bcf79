"""Mostly a first-token sink; otherwise content words, away from period -> first token and subject pronouns.

head: L23H8
heldout_iou: 0.707
heldout_iou_no_bos: 0.347
name: L23H8
form: terms
terms: 13
origin: synthesized (search/terms)
target: L23H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.12, 'first'),                          # a first-token sink: 79%
    (1.22, 'key_class', 'CONTENT'),           # content words: 6%
    (-1.45, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.76, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (1.77, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.35, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.73, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
    (2.56, 'key_token', ' mother'),           # the token ' mother': 1%
    (0.32, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.4, 'key_class', 'NAME'),               # names: 1%
    (1.3, 'key_class', 'VERB_ING'),           # -ing verbs: 1%
    (1.11, 'word_start'),                     # word starts: 1%
    (2.31, 'key_token', ' girl'),             # the token ' girl': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
