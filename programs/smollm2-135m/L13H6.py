"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and tokens similar to the query.

head: L13H6
heldout_iou: 0.487
heldout_iou_no_bos: 0.396
name: L13H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L13H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.26, 'first'),                          # a first-token sink: 47%
    (1.93, 'same_sentence'),                  # the query's own sentence: 30%
    (1.82, 'distance', 1),                    # the previous token: 12%
    (0.84, 'embed_cosine'),                   # tokens similar to the query: 9%
    (0.61, 'key_class', 'CONTENT'),           # content words: 8%
    (1.19, 'distance', 2),                    # the token 2 back: 5%
    (1.31, 'last', 'PREP'),                   # the last preposition: 5%
    (0.48, 'last', 'CONTENT'),                # the last content word: 4%
    (0.91, 'distance', 3),                    # the token 3 back: 3%
    (0.33, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.56, 'distance', 4),                    # the token 4 back: 1%
    (0.89, 'last', 'TO'),                     # the last 'to': 1%
    (-0.54, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (0.7, 'last', 'VERB_ED'),                 # the last -ed verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
