"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L13H6
heldout_iou: 0.484
heldout_iou_no_bos: 0.401
name: L13H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L13H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.73, 'first'),                          # a first-token sink: 46%
    (1.75, 'same_sentence'),                  # the query's own sentence: 29%
    (-0.42, 'log_distance'),                  # recent tokens: 18%
    (1.13, 'distance', 1),                    # the previous token: 10%
    (0.91, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (0.62, 'last', 'CONTENT'),                # the last content word: 5%
    (0.8, 'distance', 2),                     # the token 2 back: 4%
    (1.06, 'last', 'PREP'),                   # the last preposition: 4%
    (-0.94, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 2%
    (-0.62, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (1.29, 'pair', 'VERB_ED', 'BOS'),         # -ed verb -> first token: 1%
    (0.95, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.67, 'key_class', 'NAME'),             # away from names: 1%
    (-0.09, 'same_word'),                     # away from the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
