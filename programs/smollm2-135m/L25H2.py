"""Mainly the first token (38%); otherwise the query's own sentence, the previous token and recent tokens.

head: L25H2
heldout_iou: 0.430
heldout_iou_no_bos: 0.364
name: L25H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L25H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.92, 'first'),                          # the first token: 38%
    (1.61, 'same_sentence'),                  # the query's own sentence: 13%
    (0.69, 'distance', 1),                    # the previous token: 12%
    (-0.48, 'log_distance'),                  # recent tokens: 10%
    (0.51, 'distance', 2),                    # the token 2 back: 7%
    (2.67, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 7%
    (0.3, 'last', 'CONTENT'),                 # the last content word: 6%
    (1.54, 'key_class', 'PRON_OBJ'),          # object pronouns: 4%
    (0.96, 'last', 'AUX'),                    # the last auxiliary: 2%
    (1.6, 'last', 'NAME'),                    # the last name: 1%
    (2.77, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (2.35, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 0%
    (2.03, 'query_distance', 'VERB_ED', 1),   # the previous token, from -ed verbs: 0%
    (-1.82, 'pair', 'TO', 'BOS'),             # away from 'to' -> first token: 0%
    (1.35, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (-1.3, 'pair', 'PREP', 'BOS'),            # away from preposition -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
