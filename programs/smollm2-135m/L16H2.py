"""Mainly the first token (47%); on repeated random tokens mainly the tokens 2 to 4 back (32%), not a term of the program; otherwise the query's own sentence, the last content word and content words.

head: L16H2
heldout_iou: 0.562
heldout_iou_no_bos: 0.498
name: L16H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.64, 'first'),                          # the first token: 47%
    (1.61, 'same_sentence'),                  # the query's own sentence: 18%
    (0.25, 'last', 'CONTENT'),                # the last content word: 10%
    (0.36, 'key_class', 'CONTENT'),           # content words: 8%
    (0.53, 'distance', 2),                    # the token 2 back: 7%
    (-0.86, 'log_distance'),                  # recent tokens: 5%
    (0.11, 'same_word'),                      # the query's own word: 4%
    (0.11, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (-1.55, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-1.07, 'distance', 0),                   # away from the token itself: 0%
    (-0.55, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.38, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.32, 'key_class', 'AUX'),              # away from auxiliaries: 0%
    (0.1, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
