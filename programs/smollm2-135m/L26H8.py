"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and period -> period.

head: L26H8
heldout_iou: 0.637
heldout_iou_no_bos: 0.508
name: L26H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L26H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.98, 'first'),                          # a first-token sink: 73%
    (2.21, 'same_sentence'),                  # the query's own sentence: 18%
    (2.81, 'same_token'),                     # earlier copies of the query token: 14%
    (3.23, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 5%
    (1.79, 'distance', 1),                    # the previous token: 3%
    (0.53, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (1.37, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.85, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (1.68, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (4.34, 'pair', 'NEWLINE', 'PERIOD'),      # newline -> period: 1%
    (-0.95, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (3.91, 'query_distance', 'NEWLINE', 2),   # the token 2 back, from newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
