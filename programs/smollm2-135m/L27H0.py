"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and content words.

head: L27H0
heldout_iou: 0.501
heldout_iou_no_bos: 0.419
name: L27H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L27H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.81, 'first'),                          # a first-token sink: 52%
    (1.1, 'same_sentence'),                   # the query's own sentence: 16%
    (1.95, 'same_token'),                     # earlier copies of the query token: 13%
    (0.61, 'key_class', 'CONTENT'),           # content words: 7%
    (1.34, 'key_class', 'PERIOD'),            # periods: 4%
    (1.02, 'distance', 1),                    # the previous token: 3%
    (0.9, 'key_class', 'PRON_SUBJ'),          # subject pronouns: 2%
    (0.31, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.17, 'key_class', 'NAME'),              # names: 2%
    (-1.48, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 2%
    (0.58, 'distance', 2),                    # the token 2 back: 1%
    (-1.31, 'pair', 'NAME', 'NAME'),          # away from name -> name: 1%
    (0.79, 'pair', 'VERB_ED', 'BOS'),         # -ed verb -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
