"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L26H7
heldout_iou: 0.611
heldout_iou_no_bos: 0.489
name: L26H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L26H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.48, 'first'),                          # a first-token sink: 72%
    (2.64, 'same_sentence'),                  # the query's own sentence: 22%
    (-0.39, 'log_distance'),                  # recent tokens: 14%
    (0.94, 'same_token'),                     # earlier copies of the query token: 6%
    (1.36, 'distance', 1),                    # the previous token: 5%
    (0.57, 'distance', 0),                    # the token itself: 4%
    (-0.75, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 3%
    (-0.46, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 3%
    (1.37, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.46, 'last', 'CONTENT'),                # the last content word: 2%
    (1.79, 'key_class', 'PERIOD'),            # periods: 2%
    (0.79, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (-0.08, 'key_class', 'CONTENT'),          # away from content words: 1%
    (0.07, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
