"""Mainly recent tokens; otherwise the token ' the', the query's own sentence and away from the last determiner.

head: L10H7
heldout_iou: 0.486
heldout_iou_no_bos: 0.488
name: L10H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.56, 'log_distance'),                  # recent tokens: 20%
    (1.4, 'key_token', ' the'),               # the token ' the': 12%
    (0.54, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.85, 'last', 'DET'),                   # away from the last determiner: 8%
    (0.55, 'key_class', 'DET'),               # determiners: 8%
    (-0.46, 'key_class', 'CONTENT'),          # away from content words: 8%
    (0.88, 'key_class', 'PERIOD'),            # periods: 6%
    (-1.56, 'key_class', 'NAME'),             # away from names: 3%
    (0.4, 'pair', 'CONTENT', 'DET'),          # content word -> determiner: 2%
    (-0.18, 'same_word'),                     # away from the query's own word: 2%
    (0.49, 'key_class', 'CONJ'),              # conjunctions: 2%
    (-0.42, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 2%
    (-0.87, 'first'),                         # a first-token sink: 2%
    (-0.65, 'key_class', 'VERB_ING'),         # away from -ing verbs: 1%
    (1.07, 'pair', 'PREP', 'DET'),            # preposition -> determiner: 1%
    (-1.11, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
