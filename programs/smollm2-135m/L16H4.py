"""Mainly the first token (38%); otherwise the previous token, the query's own sentence and the token 2 back.

head: L16H4
heldout_iou: 0.526
heldout_iou_no_bos: 0.496
name: L16H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.81, 'first'),                          # the first token: 38%
    (1.0, 'distance', 1),                     # the previous token: 15%
    (1.61, 'same_sentence'),                  # the query's own sentence: 12%
    (0.99, 'distance', 2),                    # the token 2 back: 9%
    (-0.65, 'log_distance'),                  # recent tokens: 8%
    (0.47, 'last', 'CONTENT'),                # the last content word: 8%
    (0.69, 'distance', 3),                    # the token 3 back: 6%
    (0.13, 'same_word'),                      # the query's own word: 4%
    (1.49, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (-0.88, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.73, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.72, 'key_token', ' the'),             # away from the token ' the': 0%
    (-0.45, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.41, 'distance', 0),                   # away from the token itself: 0%
    (-0.07, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
