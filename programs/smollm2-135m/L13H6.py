"""Mainly the first token (43%); otherwise the query's own sentence, the previous token and content words.

head: L13H6
heldout_iou: 0.496
heldout_iou_no_bos: 0.414
name: L13H6
form: terms
terms: 16
origin: synthesized (search/terms)
target: L13H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.44, 'first'),                          # the first token: 43%
    (1.36, 'same_sentence'),                  # the query's own sentence: 15%
    (1.05, 'distance', 1),                    # the previous token: 12%
    (0.16, 'key_class', 'CONTENT'),           # content words: 8%
    (0.83, 'distance', 2),                    # the token 2 back: 7%
    (0.41, 'last', 'CONTENT'),                # the last content word: 7%
    (-0.63, 'log_distance'),                  # recent tokens: 5%
    (1.31, 'last', 'PREP'),                   # the last preposition: 2%
    (0.11, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (-1.92, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 0%
    (-1.88, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (-1.63, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.9, 'key_class', 'PRON_SUBJ'),         # away from subject pronouns: 0%
    (0.68, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (0.49, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.33, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
