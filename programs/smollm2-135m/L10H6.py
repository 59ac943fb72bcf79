"""Mainly the previous token (21%) and the tokens 2 to 4 back (18%), not a term of the program; on repeated random tokens mainly the token itself (26%), not a term of the program; otherwise the query's own sentence and word starts.

head: L10H6
heldout_iou: 0.452
heldout_iou_no_bos: 0.455
name: L10H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.65, 'distance', 1),                    # the previous token: 20%
    (0.23, 'same_sentence'),                  # the query's own sentence: 18%
    (0.87, 'word_start'),                     # word starts: 17%
    (3.08, 'key_token', ' the'),              # the token ' the': 14%
    (0.41, 'last', 'CONTENT'),                # the last content word: 11%
    (0.36, 'distance', 2),                    # the token 2 back: 8%
    (0.93, 'key_class', 'PERIOD'),            # periods: 8%
    (0.56, 'last', 'VERB_ED'),                # the last -ed verb: 2%
    (-0.61, 'log_distance'),                  # recent tokens: 1%
    (1.6, 'query_distance', 'NAME', 0),       # itself, from names: 1%
    (2.69, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
    (1.73, 'query_distance', 'DET', 2),       # the token 2 back, from determiners: 0%
    (1.73, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 0%
    (-1.42, 'last', 'DET'),                   # away from the last determiner: 0%
    (0.62, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
