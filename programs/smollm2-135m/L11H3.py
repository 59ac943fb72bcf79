"""Mainly periods; otherwise away from content words, away from the last period and the query's own sentence.

head: L11H3
heldout_iou: 0.487
heldout_iou_no_bos: 0.486
name: L11H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.31, 'key_class', 'PERIOD'),            # periods: 32%
    (-0.91, 'key_class', 'CONTENT'),          # away from content words: 11%
    (-0.9, 'last', 'PERIOD'),                 # away from the last period: 11%
    (0.75, 'same_sentence'),                  # the query's own sentence: 11%
    (1.04, 'distance', 1),                    # the previous token: 10%
    (1.14, 'same_word'),                      # the query's own word: 9%
    (0.97, 'key_class', 'DET'),               # determiners: 7%
    (1.28, 'key_class', 'CONJ'),              # conjunctions: 4%
    (1.36, 'key_class', 'COMMA'),             # commas: 4%
    (1.29, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (0.65, 'distance', 2),                    # the token 2 back: 3%
    (0.53, 'last', 'CONTENT'),                # the last content word: 3%
    (-0.06, 'log_distance'),                  # recent tokens: 3%
    (1.77, 'key_distance', 'PREP', 1),        # the previous token when a preposition: 2%
    (1.64, 'key_class', 'NEWLINE'),           # newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
