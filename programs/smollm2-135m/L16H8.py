"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and away from earlier copies of the query token.

head: L16H8
heldout_iou: 0.504
heldout_iou_no_bos: 0.490
name: L16H8
form: terms
terms: 16
origin: synthesized (search/terms)
target: L16H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.25, 'first'),                          # a first-token sink: 36%
    (-0.62, 'log_distance'),                  # recent tokens: 23%
    (0.85, 'same_sentence'),                  # the query's own sentence: 15%
    (-0.89, 'same_token'),                    # away from earlier copies of the query token: 8%
    (0.33, 'key_class', 'CONTENT'),           # content words: 5%
    (0.33, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.67, 'key_class', 'DET'),              # away from determiners: 2%
    (0.87, 'key_class', 'VERB_ED'),           # -ed verbs: 2%
    (-1.9, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 2%
    (0.56, 'key_class', 'PERIOD'),            # periods: 2%
    (-1.45, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 2%
    (-0.7, 'key_class', 'PRON_SUBJ'),         # away from subject pronouns: 1%
    (0.8, 'last', 'VERB_ING'),                # the last -ing verb: 1%
    (0.16, 'distance', 1),                    # the previous token: 1%
    (-1.16, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (-2.76, 'pair', 'NEWLINE', 'BOS'),        # away from newline -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
