"""Mainly the first token (30%); otherwise the query's own sentence, content words and the token ' the'.

head: L9H1
heldout_iou: 0.510
heldout_iou_no_bos: 0.486
name: L9H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L9H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.34, 'first'),                          # the first token: 30%
    (0.6, 'same_sentence'),                   # the query's own sentence: 19%
    (0.08, 'key_class', 'CONTENT'),           # content words: 16%
    (2.66, 'key_token', ' the'),              # the token ' the': 11%
    (0.53, 'word_start'),                     # word starts: 8%
    (0.84, 'key_class', 'PERIOD'),            # periods: 5%
    (0.64, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 4%
    (0.17, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (0.69, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 3%
    (-0.52, 'log_distance'),                  # recent tokens: 0%
    (-1.13, 'distance', 0),                   # away from the token itself: 0%
    (-0.95, 'last', 'DET'),                   # away from the last determiner: 0%
    (-0.48, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.21, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
    (-0.14, 'distance', 1),                   # away from the previous token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
