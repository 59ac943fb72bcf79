"""Mostly recent tokens; otherwise away from the query's own word, the token itself and tokens similar to the query.

head: L0H3
heldout_iou: 0.565
heldout_iou_no_bos: 0.566
name: L0H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.28, 'log_distance'),                  # recent tokens: 44%
    (-1.36, 'same_word'),                     # away from the query's own word: 24%
    (-0.59, 'distance', 0),                   # the token itself: 8%
    (0.63, 'embed_cosine'),                   # tokens similar to the query: 8%
    (0.5, 'key_class', 'PRON_SUBJ'),          # subject pronouns: 3%
    (1.43, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (0.85, 'word_start'),                     # word starts: 2%
    (0.44, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (-0.09, 'same_sentence'),                 # away from the query's own sentence: 1%
    (1.07, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (2.41, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 1%
    (1.05, 'key_token', ' The'),              # the token ' The': 1%
    (-0.05, 'same_token'),                    # away from earlier copies of the query token: 1%
    (1.68, 'key_distance', 'NEWLINE', 1),     # the previous token when a newline: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
