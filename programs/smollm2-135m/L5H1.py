"""Mainly the first token (34%); otherwise content words, the token ' the' and the query's own sentence.

head: L5H1
heldout_iou: 0.512
heldout_iou_no_bos: 0.461
name: L5H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L5H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.42, 'first'),                          # the first token: 34%
    (0.56, 'key_class', 'CONTENT'),           # content words: 18%
    (3.22, 'key_token', ' the'),              # the token ' the': 11%
    (0.24, 'same_sentence'),                  # the query's own sentence: 7%
    (0.29, 'distance', 0),                    # the token itself: 7%
    (0.59, 'distance', 1),                    # the previous token: 5%
    (0.17, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (1.09, 'same_token'),                     # earlier copies of the query token: 2%
    (0.64, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (0.57, 'last', 'PREP'),                   # the last preposition: 1%
    (0.77, 'same_word'),                      # the query's own word: 1%
    (-1.14, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 0%
    (-1.63, 'pair', 'PERIOD', 'CONTENT'),     # away from period -> content word: 0%
    (-0.44, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 9%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
