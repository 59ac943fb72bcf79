"""Mainly the token itself (36%); on repeated random tokens mainly the previous token (14%); otherwise the first token, the query's own sentence and the token 2 back.

head: L29H3
heldout_iou: 0.570
heldout_iou_no_bos: 0.595
name: L29H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L29H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.37, 'distance', 0),                    # the token itself: 36%
    (1.06, 'distance', 1),                    # the previous token: 23%
    (3.52, 'first'),                          # the first token: 13%
    (1.11, 'same_sentence'),                  # the query's own sentence: 10%
    (0.62, 'distance', 2),                    # the token 2 back: 8%
    (-0.99, 'log_distance'),                  # recent tokens: 5%
    (0.91, 'key_class', 'PERIOD'),            # periods: 2%
    (0.11, 'last', 'CONTENT'),                # the last content word: 2%
    (0.43, 'embed_cosine'),                   # tokens similar to the query: 1%
    (1.26, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (1.03, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.42, 'query_distance', 'DET', 0),       # itself, from determiners: 0%
    (-0.3, 'key_class', 'PRON_SUBJ'),         # away from subject pronouns: 0%
    (-0.22, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
    (-0.04, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
