"""Mainly the first token (46%); on repeated random tokens mainly earlier copies of the query token (39%); otherwise the token ' the', content words and the last determiner.

head: L5H6
heldout_iou: 0.499
heldout_iou_no_bos: 0.334
name: L5H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L5H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.85, 'first'),                          # the first token: 46%
    (7.16, 'same_token'),                     # earlier copies of the query token: 13%
    (8.83, 'key_token', ' the'),              # the token ' the': 13%
    (2.5, 'key_class', 'CONTENT'),            # content words: 12%
    (0.24, 'last', 'DET'),                    # the last determiner: 7%
    (0.72, 'log_distance'),                   # distant tokens: 3%
    (2.68, 'distance', 0),                    # the token itself: 3%
    (0.4, 'same_sentence'),                   # the query's own sentence: 1%
    (2.73, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (8.13, 'pair', 'PRON_OBJ', 'PRON_SUBJ'),  # object pronoun -> subject pronoun: 1%
    (6.93, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),  # subject pronoun -> object pronoun: 0%
    (0.16, 'embed_cosine'),                   # tokens similar to the query: 0%
    (3.14, 'pair', 'NAME', 'NAME'),           # name -> name: 0%
    (1.3, 'pair', 'DET', 'BOS'),              # determiner -> first token: 0%
    (-0.58, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
