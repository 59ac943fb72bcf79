"""Mostly the first token (61%); otherwise the query's own sentence, recent tokens and the last content word.

head: L17H7
heldout_iou: 0.579
heldout_iou_no_bos: 0.411
name: L17H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L17H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.82, 'first'),                          # the first token: 61%
    (0.27, 'same_sentence'),                  # the query's own sentence: 14%
    (-0.42, 'log_distance'),                  # recent tokens: 13%
    (0.58, 'last', 'CONTENT'),                # the last content word: 5%
    (0.28, 'embed_cosine'),                   # tokens similar to the query: 4%
    (0.73, 'last', 'PERIOD'),                 # the last period: 3%
    (1.68, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.94, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.88, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.86, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 0%
    (-0.62, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.3, 'same_word'),                      # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
