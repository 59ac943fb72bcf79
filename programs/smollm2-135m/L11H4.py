"""Mainly the token itself (34%); otherwise periods, the previous token and the token 2 back.

head: L11H4
heldout_iou: 0.522
heldout_iou_no_bos: 0.518
name: L11H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.25, 'distance', 0),                    # the token itself: 34%
    (1.99, 'key_class', 'PERIOD'),            # periods: 20%
    (1.72, 'distance', 1),                    # the previous token: 8%
    (-1.21, 'key_class', 'CONTENT'),          # away from content words: 8%
    (0.79, 'distance', 2),                    # the token 2 back: 5%
    (0.3, 'key_class', 'CONJ'),               # conjunctions: 3%
    (1.04, 'key_class', 'COMMA'),             # commas: 2%
    (-1.34, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-1.27, 'key_class', 'NAME'),             # away from names: 1%
    (0.58, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (-1.11, 'key_class', 'VERB_ED'),          # away from -ed verbs: 1%
    (-1.96, 'first'),                         # away from the first token: 0%
    (-1.11, 'key_class', 'VERB_ING'),         # away from -ing verbs: 0%
    (-3.22, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-1.61, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 0%
                                              # other keys: 16%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
