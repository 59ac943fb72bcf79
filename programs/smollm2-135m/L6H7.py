"""Mainly the first token (37%); otherwise the token ' the', content words and the previous token.

head: L6H7
heldout_iou: 0.495
heldout_iou_no_bos: 0.421
name: L6H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L6H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.32, 'first'),                          # the first token: 37%
    (4.54, 'key_token', ' the'),              # the token ' the': 16%
    (0.14, 'key_class', 'CONTENT'),           # content words: 10%
    (1.73, 'distance', 1),                    # the previous token: 10%
    (1.07, 'distance', 2),                    # the token 2 back: 5%
    (0.67, 'same_sentence'),                  # the query's own sentence: 5%
    (0.3, 'last', 'CONTENT'),                 # the last content word: 5%
    (0.5, 'word_start'),                      # word starts: 4%
    (1.5, 'same_word'),                       # the query's own word: 4%
    (0.65, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (0.85, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (1.14, 'pair', 'PREP', 'CONTENT'),        # preposition -> content word: 0%
    (-1.47, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 0%
    (-1.53, 'last', 'DET'),                   # away from the last determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
