"""Mainly the tokens 2 to 4 back (33%), not a term of the program; otherwise the query's own sentence, the token ' the' and the token 2 back, from content words.

head: L10H1
heldout_iou: 0.383
heldout_iou_no_bos: 0.382
name: L10H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.93, 'same_sentence'),                  # the query's own sentence: 32%
    (2.56, 'key_token', ' the'),              # the token ' the': 14%
    (1.09, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 9%
    (1.13, 'last', 'AUX'),                    # the last auxiliary: 8%
    (1.55, 'key_class', 'PERIOD'),            # periods: 8%
    (-1.38, 'log_distance'),                  # recent tokens: 7%
    (0.82, 'last', 'VERB_ED'),                # the last -ed verb: 4%
    (3.67, 'query_distance', 'DET', 1),       # the previous token, from determiners: 4%
    (0.52, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 4%
    (1.57, 'key_class', 'DET'),               # determiners: 3%
    (3.05, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (1.64, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (2.06, 'pair', 'CONTENT', 'PREP'),        # content word -> preposition: 1%
    (-2.23, 'distance', 0),                   # away from the token itself: 0%
    (-2.18, 'key_class', 'NAME'),             # away from names: 0%
    (-1.83, 'last', 'DET'),                   # away from the last determiner: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
