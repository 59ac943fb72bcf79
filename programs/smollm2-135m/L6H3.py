"""Mainly the first token (45%); otherwise the token ' the', content words and word starts.

head: L6H3
heldout_iou: 0.534
heldout_iou_no_bos: 0.418
name: L6H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L6H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.88, 'first'),                          # the first token: 45%
    (4.33, 'key_token', ' the'),              # the token ' the': 18%
    (0.34, 'key_class', 'CONTENT'),           # content words: 16%
    (0.8, 'word_start'),                      # word starts: 8%
    (0.28, 'same_sentence'),                  # the query's own sentence: 6%
    (0.17, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 5%
    (0.43, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (3.03, 'pair', 'AUX', 'AUX'),             # auxiliary -> auxiliary: 1%
    (0.67, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 0%
    (0.28, 'log_distance'),                   # distant tokens: 0%
    (-0.22, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
