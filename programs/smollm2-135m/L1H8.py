"""Mainly the tokens 2 to 4 back (28%), not a term of the program and punctuation and newlines (24%), not a term of the program; otherwise the query's own sentence and periods.

head: L1H8
heldout_iou: 0.512
heldout_iou_no_bos: 0.512
name: L1H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L1H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.08, 'same_sentence'),                  # the query's own sentence: 44%
    (1.18, 'key_class', 'PERIOD'),            # periods: 17%
    (-1.02, 'log_distance'),                  # recent tokens: 11%
    (0.93, 'embed_cosine'),                   # tokens similar to the query: 7%
    (0.8, 'key_class', 'TO'),                 # 'to': 6%
    (1.06, 'key_class', 'COMMA'),             # commas: 6%
    (0.83, 'key_token', ' and'),              # the token ' and': 6%
    (0.93, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 2%
    (-1.19, 'first'),                         # away from the first token: 1%
    (-0.97, 'distance', 1),                   # away from the previous token: 0%
    (-1.97, 'distance', 0),                   # away from the token itself: 0%
    (-1.07, 'key_class', 'CONTENT'),          # away from content words: 0%
    (-1.03, 'key_class', 'VERB_ED'),          # away from -ed verbs: 0%
    (-0.45, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
