"""Mainly the first token (35%); otherwise the query's own sentence, recent tokens and the last content word.

head: L13H8
heldout_iou: 0.408
heldout_iou_no_bos: 0.346
name: L13H8
form: terms
terms: 13
origin: synthesized (search/terms)
target: L13H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.67, 'first'),                          # the first token: 35%
    (1.34, 'same_sentence'),                  # the query's own sentence: 23%
    (-0.73, 'log_distance'),                  # recent tokens: 15%
    (0.44, 'last', 'CONTENT'),                # the last content word: 9%
    (0.42, 'distance', 2),                    # the token 2 back: 8%
    (1.71, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 6%
    (1.39, 'last', 'NAME'),                   # the last name: 3%
    (1.58, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 1%
    (2.65, 'query_distance', 'VERB_ED', 1),   # the previous token, from -ed verbs: 0%
    (-1.65, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 0%
    (-1.64, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-1.31, 'distance', 0),                   # away from the token itself: 0%
    (-1.16, 'key_token', ' the'),             # away from the token ' the': 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
