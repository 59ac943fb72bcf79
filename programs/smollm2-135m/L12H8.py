"""Mostly a first-token sink; otherwise tokens similar to the query, earlier copies of the query token and the query's own sentence.

head: L12H8
heldout_iou: 0.621
heldout_iou_no_bos: 0.332
name: L12H8
form: terms
terms: 13
origin: synthesized (search/terms)
target: L12H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.31, 'first'),                          # a first-token sink: 78%
    (0.99, 'embed_cosine'),                   # tokens similar to the query: 7%
    (1.93, 'same_token'),                     # earlier copies of the query token: 5%
    (0.97, 'same_sentence'),                  # the query's own sentence: 4%
    (-1.42, 'same_word'),                     # away from the query's own word: 4%
    (-1.4, 'distance', 0),                    # the token itself: 4%
    (1.12, 'key_class', 'PERIOD'),            # periods: 3%
    (0.93, 'key_token', '.'),                 # the token '.': 2%
    (2.95, 'pair', 'NAME', 'NAME'),           # name -> name: 2%
    (0.69, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.26, 'key_class', 'CONTENT'),           # content words: 1%
    (-1.86, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (2.09, 'pair', 'AUX', 'AUX'),             # auxiliary -> auxiliary: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
