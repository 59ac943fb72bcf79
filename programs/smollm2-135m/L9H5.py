"""Mainly the first token (31%); otherwise the previous token, the token 2 back and the token ' the'.

head: L9H5
heldout_iou: 0.489
heldout_iou_no_bos: 0.467
name: L9H5
form: terms
terms: 16
origin: synthesized (search/terms)
target: L9H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.28, 'first'),                          # the first token: 31%
    (1.76, 'distance', 1),                    # the previous token: 18%
    (1.49, 'distance', 2),                    # the token 2 back: 11%
    (3.48, 'key_token', ' the'),              # the token ' the': 10%
    (-0.44, 'log_distance'),                  # recent tokens: 8%
    (1.21, 'same_sentence'),                  # the query's own sentence: 8%
    (0.15, 'distance', 0),                    # the token itself: 6%
    (0.91, 'distance', 3),                    # the token 3 back: 6%
    (1.23, 'last', 'PERIOD'),                 # the last period: 1%
    (0.52, 'last', 'AUX'),                    # the last auxiliary: 1%
    (2.84, 'pair', 'NAME', 'DET'),            # name -> determiner: 0%
    (-2.23, 'last', 'DET'),                   # away from the last determiner: 0%
    (1.9, 'pair', 'NAME', 'BOS'),             # name -> first token: 0%
    (-0.23, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.22, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (0.09, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
