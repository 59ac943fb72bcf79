"""Mainly the first token (42%); otherwise the token ' the', content words and the query's own sentence.

head: L9H7
heldout_iou: 0.460
heldout_iou_no_bos: 0.324
name: L9H7
form: terms
terms: 10
origin: synthesized (search/terms)
target: L9H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.69, 'first'),                          # the first token: 42%
    (4.89, 'key_token', ' the'),              # the token ' the': 17%
    (0.29, 'key_class', 'CONTENT'),           # content words: 14%
    (0.55, 'same_sentence'),                  # the query's own sentence: 13%
    (1.77, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 5%
    (4.86, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (-0.45, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (2.15, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (3.16, 'key_distance', 'VERB_ED', 1),     # the previous token when a -ed verb: 0%
    (-0.76, 'last', 'DET'),                   # away from the last determiner: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
