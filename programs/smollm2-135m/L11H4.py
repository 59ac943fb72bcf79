"""Mainly earlier copies of the query token; otherwise periods, the query's own sentence and away from content words.

head: L11H4
heldout_iou: 0.522
heldout_iou_no_bos: 0.519
name: L11H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.29, 'same_token'),                     # earlier copies of the query token: 29%
    (2.91, 'key_class', 'PERIOD'),            # periods: 25%
    (1.16, 'same_sentence'),                  # the query's own sentence: 19%
    (-0.72, 'key_class', 'CONTENT'),          # away from content words: 9%
    (-0.49, 'last', 'PERIOD'),                # away from the last period: 5%
    (0.75, 'distance', 1),                    # the previous token: 4%
    (-2.58, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 3%
    (-0.61, 'key_class', 'PREP'),             # away from prepositions: 2%
    (1.26, 'query_distance', 'DET', 0),       # itself, from determiners: 2%
    (0.73, 'key_class', 'CONJ'),              # conjunctions: 2%
    (0.69, 'key_class', 'COMMA'),             # commas: 2%
    (-0.68, 'key_class', 'NAME'),             # away from names: 1%
    (1.67, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.0, 'query_distance', 'AUX', 0),        # itself, from auxiliaries: 1%
    (1.56, 'query_distance', 'PRON_OBJ', 0),  # itself, from object pronouns: 1%
    (-2.97, 'query_distance', 'NEWLINE', 0),  # away from itself, from newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
