"""Mainly periods (24%) and the first token (23%); on repeated random tokens mainly content word -> first token (15%); otherwise the query's own sentence and subject pronouns.

head: L28H6
heldout_iou: 0.537
heldout_iou_no_bos: 0.522
name: L28H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L28H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.42, 'key_class', 'PERIOD'),            # periods: 24%
    (2.14, 'first'),                          # the first token: 24%
    (0.36, 'same_sentence'),                  # the query's own sentence: 20%
    (0.5, 'key_class', 'PRON_SUBJ'),          # subject pronouns: 5%
    (0.87, 'key_class', 'COMMA'),             # commas: 2%
    (2.39, 'key_class', 'NEWLINE'),           # newlines: 2%
    (-0.6, 'key_class', 'DET'),               # away from determiners: 1%
    (2.52, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (1.07, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (-0.98, 'key_class', 'PREP'),             # away from prepositions: 0%
    (-1.12, 'key_class', 'TO'),               # away from 'to': 0%
    (3.9, 'pair', 'NEWLINE', 'BOS'),          # newline -> first token: 0%
    (2.32, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (0.29, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 20%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
