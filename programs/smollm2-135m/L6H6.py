"""head: L6H6
heldout_iou: 0.407
heldout_iou_no_bos: 0.369
Log-linear fit: strongest class pairs CONTENT->BOS, PREP->BOS, NAME->BOS.

name: L6H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PREP->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L6H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.77,
    ('AUX', 'BOS'): 1.56,
    ('AUX', 'DET'): 0.78,
    ('AUX', 'NAME'): -0.35,
    ('COMMA', 'BOS'): 1.0,
    ('COMMA', 'CONTENT'): -0.55,
    ('COMMA', 'DET'): 0.33,
    ('COMMA', 'NAME'): -0.36,
    ('COMMA', 'PERIOD'): 0.69,
    ('COMMA', 'PREP'): -0.3,
    ('CONJ', 'BOS'): 1.39,
    ('CONJ', 'COMMA'): 0.44,
    ('CONJ', 'CONTENT'): -0.55,
    ('CONJ', 'DET'): 0.62,
    ('CONJ', 'NAME'): -0.4,
    ('CONJ', 'PERIOD'): 0.39,
    ('CONJ', 'PREP'): -0.32,
    ('CONTENT', 'BOS'): 2.82,
    ('CONTENT', 'DET'): 1.85,
    ('CONTENT', 'NAME'): -0.28,
    ('CONTENT', 'VERB_ED'): 0.32,
    ('DET', 'BOS'): 2.29,
    ('DET', 'CONTENT'): -0.29,
    ('DET', 'DET'): 1.34,
    ('DET', 'NAME'): -0.36,
    ('DET', 'PREP'): -0.31,
    ('NAME', 'BOS'): 2.36,
    ('NAME', 'DET'): 1.44,
    ('NEG', 'BOS'): 0.31,
    ('NEWLINE', 'BOS'): 0.76,
    ('NEWLINE', 'CONTENT'): -0.38,
    ('NEWLINE', 'NEWLINE'): 0.41,
    ('NUMBER', 'BOS'): 0.92,
    ('NUMBER', 'CONTENT'): -0.38,
    ('NUMBER', 'DET'): 0.53,
    ('PERIOD', 'BOS'): 1.41,
    ('PERIOD', 'COMMA'): 0.29,
    ('PERIOD', 'CONTENT'): -0.46,
    ('PERIOD', 'DET'): 0.63,
    ('PERIOD', 'NAME'): -0.38,
    ('PERIOD', 'PERIOD'): 0.29,
    ('PERIOD', 'PREP'): -0.42,
    ('PERIOD', 'TO'): -0.26,
    ('PREP', 'BOS'): 2.56,
    ('PREP', 'DET'): 1.63,
    ('PRON_OBJ', 'BOS'): 1.24,
    ('PRON_OBJ', 'DET'): 0.28,
    ('PRON_OBJ', 'PERIOD'): -0.28,
    ('PRON_OBJ', 'VERB_ED'): 0.39,
    ('PRON_SUBJ', 'BOS'): 1.19,
    ('PRON_SUBJ', 'DET'): 0.34,
    ('PRON_SUBJ', 'NAME'): -0.41,
    ('PRON_SUBJ', 'PERIOD'): -0.34,
    ('PRON_SUBJ', 'VERB_ED'): 0.43,
    ('QUOTE', 'BOS'): 0.33,
    ('QUOTE', 'CONTENT'): -0.26,
    ('TO', 'BOS'): 2.02,
    ('TO', 'DET'): 1.11,
    ('TO', 'TO'): -0.28,
    ('VERB_ED', 'BOS'): 1.62,
    ('VERB_ED', 'DET'): 0.84,
    ('VERB_ING', 'BOS'): 1.56,
    ('VERB_ING', 'DET'): 1.05,
    ('WH', 'BOS'): 1.2,
    ('WH', 'CONTENT'): -0.33,
    ('WH', 'DET'): 0.68,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('NAME', 3): -0.26,
    ('PRON_OBJ', 8): -0.31,
    ('PRON_SUBJ', 8): -0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.29,
    1: 0.42,
    2: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8399999737739563, 0.3100000023841858, -0.2199999988079071, -0.029999999329447746, 0.11999999731779099


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
