"""Mostly a first-token sink; otherwise the query's own sentence, the query's own word and the previous token.

head: L24H3
heldout_iou: 0.702
heldout_iou_no_bos: 0.414
name: L24H3
form: terms
terms: 12
origin: synthesized (search/terms)
target: L24H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.38, 'first'),                          # a first-token sink: 83%
    (2.33, 'same_sentence'),                  # the query's own sentence: 13%
    (2.46, 'same_word'),                      # the query's own word: 6%
    (1.71, 'distance', 1),                    # the previous token: 4%
    (1.63, 'last', 'PREP'),                   # the last preposition: 2%
    (-1.56, 'pair', 'DET', 'BOS'),            # away from determiner -> first token: 2%
    (-0.53, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (0.48, 'key_class', 'CONTENT'),           # content words: 2%
    (2.32, 'last', 'VERB_ING'),               # the last -ing verb: 2%
    (1.37, 'distance', 2),                    # the token 2 back: 2%
    (2.53, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (1.66, 'last', 'VERB_ED'),                # the last -ed verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
