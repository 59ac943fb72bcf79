"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L16H8
heldout_iou: 0.501
heldout_iou_no_bos: 0.493
name: L16H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.28, 'first'),                          # a first-token sink: 37%
    (-0.67, 'log_distance'),                  # recent tokens: 24%
    (0.8, 'same_sentence'),                   # the query's own sentence: 14%
    (0.31, 'key_class', 'CONTENT'),           # content words: 5%
    (-0.5, 'same_token'),                     # away from earlier copies of the query token: 4%
    (-0.47, 'same_word'),                     # away from the query's own word: 3%
    (0.32, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.65, 'key_class', 'DET'),              # away from determiners: 2%
    (-1.98, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.8, 'key_class', 'VERB_ED'),            # -ed verbs: 2%
    (0.47, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.7, 'key_class', 'PRON_SUBJ'),         # away from subject pronouns: 1%
    (-1.37, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.67, 'last', 'VERB_ING'),               # the last -ing verb: 1%
    (-2.69, 'pair', 'NEWLINE', 'BOS'),        # away from newline -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
