"""Mainly the first token (36%); on repeated random tokens mainly the tokens 2 to 4 back (37%), not a term of the program; otherwise the query's own sentence, the token 2 back and periods.

head: L16H7
heldout_iou: 0.519
heldout_iou_no_bos: 0.470
name: L16H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.95, 'same_sentence'),                  # the query's own sentence: 38%
    (5.61, 'first'),                          # the first token: 36%
    (0.59, 'distance', 2),                    # the token 2 back: 13%
    (1.89, 'key_class', 'PERIOD'),            # periods: 5%
    (0.68, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 4%
    (-0.77, 'log_distance'),                  # recent tokens: 3%
    (-0.27, 'embed_cosine'),                  # away from tokens similar to the query: 1%
    (2.08, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-1.53, 'distance', 0),                   # away from the token itself: 0%
    (-1.0, 'key_class', 'NAME'),              # away from names: 0%
    (-0.86, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.61, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.58, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 0%
    (-0.42, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
