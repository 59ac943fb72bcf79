"""Mainly the tokens 2 to 4 back (24%), not a term of the program; otherwise the query's own sentence, word starts and auxiliaries.

head: L1H4
heldout_iou: 0.562
heldout_iou_no_bos: 0.561
name: L1H4
form: terms
terms: 13
origin: synthesized (search/terms)
target: L1H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.41, 'same_sentence'),                  # the query's own sentence: 45%
    (0.55, 'word_start'),                     # word starts: 30%
    (0.36, 'key_class', 'AUX'),               # auxiliaries: 9%
    (0.41, 'key_class', 'PREP'),              # prepositions: 7%
    (0.57, 'key_class', 'TO'),                # 'to': 5%
    (0.47, 'same_token'),                     # earlier copies of the query token: 3%
    (-0.8, 'log_distance'),                   # recent tokens: 1%
    (1.89, 'pair', 'VERB_ED', 'AUX'),         # -ed verb -> auxiliary: 0%
    (0.49, 'embed_cosine'),                   # tokens similar to the query: 0%
    (-1.49, 'distance', 0),                   # away from the token itself: 0%
    (-0.49, 'distance', 1),                   # away from the previous token: 0%
    (-0.37, 'key_token', ' the'),             # away from the token ' the': 0%
    (-0.11, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
