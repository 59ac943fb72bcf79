"""Mostly the first token (60%); otherwise the previous token, recent tokens and the token 2 back, from content words.

head: L25H4
heldout_iou: 0.574
heldout_iou_no_bos: 0.434
name: L25H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L25H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.68, 'first'),                          # the first token: 60%
    (1.76, 'distance', 1),                    # the previous token: 16%
    (-1.29, 'log_distance'),                  # recent tokens: 15%
    (1.94, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 5%
    (3.97, 'query_distance', 'DET', 0),       # itself, from determiners: 2%
    (3.74, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (2.64, 'query_distance', 'AUX', 0),       # itself, from auxiliaries: 1%
    (4.11, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 0%
    (4.05, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
    (3.74, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 0%
    (2.44, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-1.88, 'key_class', 'NAME'),             # away from names: 0%
    (-1.87, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 0%
    (1.01, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
