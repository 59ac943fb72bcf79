"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L13H2
heldout_iou: 0.548
heldout_iou_no_bos: 0.476
name: L13H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L13H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.62, 'first'),                          # a first-token sink: 53%
    (3.03, 'same_sentence'),                  # the query's own sentence: 36%
    (3.24, 'distance', 1),                    # the previous token: 18%
    (2.73, 'distance', 2),                    # the token 2 back: 11%
    (-0.17, 'log_distance'),                  # recent tokens: 9%
    (-0.8, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 6%
    (2.0, 'last', 'PERIOD'),                  # the last period: 5%
    (1.97, 'distance', 3),                    # the token 3 back: 5%
    (1.28, 'same_token'),                     # earlier copies of the query token: 4%
    (1.02, 'key_class', 'PERIOD'),            # periods: 3%
    (1.9, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 3%
    (-0.65, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 3%
    (-2.32, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 2%
    (-2.11, 'key_class', 'NAME'),             # away from names: 2%
    (-0.81, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 2%
    (0.95, 'distance', 4),                    # the token 4 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
