"""Mostly the first token (59%); on repeated random tokens mainly the tokens 2 to 4 back (21%), not a term of the program; otherwise the query's own sentence, periods and the token after an earlier copy of the query (induction).

head: L18H2
heldout_iou: 0.542
heldout_iou_no_bos: 0.401
name: L18H2
form: terms
terms: 10
origin: synthesized (search/terms)
target: L18H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.63, 'first'),                          # the first token: 59%
    (1.11, 'same_sentence'),                  # the query's own sentence: 18%
    (1.12, 'key_class', 'PERIOD'),            # periods: 4%
    (1.2, 'induction'),                       # the token after an earlier copy of the query (induction): 2%
    (-0.33, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.34, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (1.95, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (-0.52, 'key_class', 'PREP'),             # away from prepositions: 0%
    (-1.48, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (-0.58, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
                                              # other keys: 14%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
