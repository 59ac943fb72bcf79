"""Mainly the first token (32%); otherwise the query's own sentence, word starts and the token ' the'.

head: L9H4
heldout_iou: 0.448
heldout_iou_no_bos: 0.397
name: L9H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L9H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.82, 'first'),                          # the first token: 32%
    (0.84, 'same_sentence'),                  # the query's own sentence: 26%
    (0.56, 'word_start'),                     # word starts: 12%
    (3.04, 'key_token', ' the'),              # the token ' the': 11%
    (0.34, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 6%
    (1.71, 'last', 'PERIOD'),                 # the last period: 6%
    (0.64, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 3%
    (0.79, 'same_token'),                     # earlier copies of the query token: 3%
    (-0.65, 'log_distance'),                  # recent tokens: 1%
    (-1.87, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-1.14, 'last', 'DET'),                   # away from the last determiner: 0%
    (-0.99, 'distance', 0),                   # away from the token itself: 0%
    (-0.83, 'distance', 1),                   # away from the previous token: 0%
    (0.53, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.51, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.42, 'key_class', 'AUX'),              # away from auxiliaries: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
