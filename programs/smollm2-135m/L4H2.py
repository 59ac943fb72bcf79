"""Mainly the first token (37%); otherwise the token ' the', content words and the query's own sentence.

head: L4H2
heldout_iou: 0.467
heldout_iou_no_bos: 0.374
name: L4H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L4H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.95, 'first'),                          # the first token: 37%
    (5.28, 'key_token', ' the'),              # the token ' the': 18%
    (0.81, 'key_class', 'CONTENT'),           # content words: 15%
    (0.73, 'same_sentence'),                  # the query's own sentence: 10%
    (0.81, 'word_start'),                     # word starts: 6%
    (1.38, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 5%
    (0.59, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (1.41, 'key_class', 'VERB_ED'),           # -ed verbs: 2%
    (1.58, 'last', 'PREP'),                   # the last preposition: 1%
    (1.71, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (1.79, 'pair', 'PREP', 'CONTENT'),        # preposition -> content word: 1%
    (-1.75, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 0%
    (-1.96, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 0%
    (-1.11, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
    (-0.65, 'last', 'DET'),                   # away from the last determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
