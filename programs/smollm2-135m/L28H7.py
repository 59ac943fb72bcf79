"""Spread out, the largest part on the first token (18%); otherwise the query's own sentence and the token itself.

head: L28H7
heldout_iou: 0.476
heldout_iou_no_bos: 0.479
name: L28H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L28H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.35, 'same_sentence'),                  # the query's own sentence: 31%
    (2.81, 'first'),                          # the first token: 18%
    (0.06, 'distance', 0),                    # the token itself: 15%
    (-0.51, 'log_distance'),                  # recent tokens: 14%
    (1.96, 'key_class', 'PERIOD'),            # periods: 11%
    (0.25, 'embed_cosine'),                   # tokens similar to the query: 4%
    (1.16, 'same_token'),                     # earlier copies of the query token: 3%
    (0.51, 'last', 'CONJ'),                   # the last conjunction: 2%
    (0.52, 'last', 'COMMA'),                  # the last comma: 2%
    (2.54, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-1.76, 'pair', 'PRON_SUBJ', 'PERIOD'),   # away from subject pronoun -> period: 0%
    (0.54, 'query_distance', 'DET', 0),       # itself, from determiners: 0%
    (-0.21, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
