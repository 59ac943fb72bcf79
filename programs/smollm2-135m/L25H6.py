"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L25H6
heldout_iou: 0.577
heldout_iou_no_bos: 0.487
name: L25H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L25H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.38, 'first'),                          # a first-token sink: 60%
    (1.67, 'same_sentence'),                  # the query's own sentence: 23%
    (-0.41, 'log_distance'),                  # recent tokens: 18%
    (1.33, 'same_token'),                     # earlier copies of the query token: 9%
    (1.66, 'distance', 1),                    # the previous token: 8%
    (1.91, 'key_class', 'PERIOD'),            # periods: 5%
    (1.14, 'distance', 2),                    # the token 2 back: 3%
    (0.18, 'distance', 0),                    # the token itself: 2%
    (1.09, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.24, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (-1.07, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 1%
    (-1.1, 'pair', 'PRON_SUBJ', 'BOS'),       # away from subject pronoun -> first token: 1%
    (0.49, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 1%
    (0.07, 'embed_cosine'),                   # tokens similar to the query: 1%
    (-0.07, 'same_word'),                     # away from the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
