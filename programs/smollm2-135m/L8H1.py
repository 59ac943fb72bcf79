"""Mainly the first token (44%); otherwise the token ' the', content words and earlier copies of the query token.

head: L8H1
heldout_iou: 0.507
heldout_iou_no_bos: 0.361
name: L8H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L8H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.75, 'first'),                          # the first token: 44%
    (6.0, 'key_token', ' the'),               # the token ' the': 21%
    (0.83, 'key_class', 'CONTENT'),           # content words: 13%
    (4.83, 'same_token'),                     # earlier copies of the query token: 10%
    (3.43, 'distance', 0),                    # the token itself: 6%
    (0.21, 'embed_cosine'),                   # tokens similar to the query: 6%
    (0.17, 'key_class', 'DET'),               # determiners: 0%
    (-0.42, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-2.38, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-0.92, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 0%
    (-0.64, 'last', 'CONTENT'),               # away from the last content word: 0%
    (-0.24, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
