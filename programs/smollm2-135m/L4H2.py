"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and content words.

head: L4H2
heldout_iou: 0.468
heldout_iou_no_bos: 0.380
name: L4H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L4H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.58, 'first'),                          # a first-token sink: 36%
    (4.7, 'key_token', ' the'),               # the token ' the': 28%
    (0.62, 'same_sentence'),                  # the query's own sentence: 10%
    (0.54, 'key_class', 'CONTENT'),           # content words: 6%
    (0.96, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 6%
    (-1.0, 'pair', 'CONTENT', 'DET'),         # away from content word -> determiner: 5%
    (1.78, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 4%
    (0.59, 'same_word'),                      # the query's own word: 3%
    (1.43, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 2%
    (2.4, 'query_distance', 'PREP', 1),       # the previous token, from prepositions: 2%
    (1.79, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (1.15, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (2.22, 'key_distance', 'NAME', 1),        # the previous token when a name: 1%
    (0.97, 'last', 'VERB_ING'),               # the last -ing verb: 1%
    (0.74, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.43, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
