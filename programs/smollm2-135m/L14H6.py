"""Mostly the first token (56%); otherwise recent tokens, the query's own sentence and periods.

head: L14H6
heldout_iou: 0.580
heldout_iou_no_bos: 0.456
name: L14H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L14H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.29, 'first'),                          # the first token: 56%
    (-0.57, 'log_distance'),                  # recent tokens: 20%
    (0.2, 'same_sentence'),                   # the query's own sentence: 16%
    (1.1, 'key_class', 'PERIOD'),             # periods: 5%
    (0.5, 'last', 'CONTENT'),                 # the last content word: 3%
    (-0.97, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (-0.87, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.69, 'distance', 0),                   # away from the token itself: 0%
    (0.66, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.43, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.37, 'key_class', 'AUX'),              # away from auxiliaries: 0%
    (-0.29, 'same_word'),                     # away from the query's own word: 0%
    (-0.15, 'distance', 1),                   # away from the previous token: 0%
    (-0.05, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
