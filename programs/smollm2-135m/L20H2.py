"""Mainly the first token (48%); on repeated random tokens mainly the tokens 2 to 4 back (14%), not a term of the program; otherwise content words, periods and content word -> the token after a content word.

head: L20H2
heldout_iou: 0.581
heldout_iou_no_bos: 0.496
name: L20H2
form: terms
terms: 11
origin: synthesized (search/terms)
target: L20H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.72, 'first'),                          # the first token: 48%
    (0.25, 'key_class', 'CONTENT'),           # content words: 16%
    (1.15, 'key_class', 'PERIOD'),            # periods: 7%
    (0.37, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 6%
    (0.58, 'key_class', 'NAME'),              # names: 4%
    (0.28, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 4%
    (-0.25, 'key_class', 'DET'),              # away from determiners: 2%
    (0.38, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (2.98, 'after', 'PERIOD', 'PERIOD'),      # period -> the token after a period: 1%
    (-0.83, 'key_class', 'PREP'),             # away from prepositions: 1%
    (0.95, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
                                              # other keys: 9%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
