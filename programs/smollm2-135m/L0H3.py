"""Mostly recent tokens; otherwise the token itself, away from the query's own word and tokens similar to the query.

head: L0H3
heldout_iou: 0.568
heldout_iou_no_bos: 0.569
name: L0H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.29, 'log_distance'),                  # recent tokens: 44%
    (-1.19, 'distance', 0),                   # the token itself: 21%
    (-0.75, 'same_word'),                     # away from the query's own word: 12%
    (0.77, 'embed_cosine'),                   # tokens similar to the query: 10%
    (-0.19, 'same_sentence'),                 # away from the query's own sentence: 3%
    (0.58, 'query_distance', 'CONTENT', 0),   # itself, from content words: 3%
    (1.38, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (0.56, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 2%
    (0.84, 'word_start'),                     # word starts: 2%
    (1.1, 'pair', 'DET', 'DET'),              # determiner -> determiner: 2%
    (-0.08, 'same_token'),                    # away from earlier copies of the query token: 1%
    (2.3, 'pair', 'COMMA', 'PERIOD'),         # comma -> period: 1%
    (0.95, 'key_token', ' The'),              # the token ' The': 1%
    (-0.07, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
