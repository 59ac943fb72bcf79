"""Mainly recent tokens; otherwise away from earlier copies of the query token, away from the last determiner and the token ' the'.

head: L10H1
heldout_iou: 0.382
heldout_iou_no_bos: 0.380
name: L10H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.39, 'log_distance'),                  # recent tokens: 41%
    (-2.35, 'same_token'),                    # away from earlier copies of the query token: 27%
    (-2.11, 'last', 'DET'),                   # away from the last determiner: 19%
    (2.72, 'key_token', ' the'),              # the token ' the': 17%
    (1.02, 'same_sentence'),                  # the query's own sentence: 13%
    (1.35, 'key_class', 'DET'),               # determiners: 13%
    (1.55, 'key_class', 'PERIOD'),            # periods: 7%
    (1.06, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 5%
    (3.02, 'query_distance', 'DET', 1),       # the previous token, from determiners: 5%
    (1.14, 'last', 'AUX'),                    # the last auxiliary: 4%
    (2.0, 'pair', 'CONTENT', 'PREP'),         # content word -> preposition: 4%
    (1.33, 'last', 'VERB_ED'),                # the last -ed verb: 3%
    (3.17, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (-2.23, 'key_class', 'NAME'),             # away from names: 2%
    (2.06, 'pair', 'AUX', 'DET'),             # auxiliary -> determiner: 2%
    (2.06, 'pair', 'PRON_SUBJ', 'DET'),       # subject pronoun -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
