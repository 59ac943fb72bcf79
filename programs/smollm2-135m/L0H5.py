"""Spread out, the largest part on the token itself (16%), not a term of the program; otherwise word starts and the query's own sentence.

head: L0H5
heldout_iou: 0.684
heldout_iou_no_bos: 0.683
name: L0H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.55, 'word_start'),                     # word starts: 37%
    (0.04, 'same_sentence'),                  # the query's own sentence: 32%
    (0.23, 'distance', 1),                    # the previous token: 11%
    (0.54, 'key_class', 'DET'),               # determiners: 10%
    (0.47, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 7%
    (1.19, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (-0.44, 'log_distance'),                  # recent tokens: 1%
    (0.39, 'embed_cosine'),                   # tokens similar to the query: 1%
    (0.84, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 0%
    (1.51, 'key_distance', 'PERIOD', 1),      # the previous token when a period: 0%
    (-0.95, 'key_class', 'COMMA'),            # away from commas: 0%
    (-0.88, 'key_class', 'PERIOD'),           # away from periods: 0%
    (-0.61, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 0%
    (-0.59, 'key_class', 'AUX'),              # away from auxiliaries: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
