"""head: L0H0
heldout_iou: 0.668
heldout_iou_no_bos: 0.664
Log-linear fit: strongest class pairs DET->DET, PERIOD->DET, COMMA->DET.

name: L0H0
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->DET, PERIOD->DET, COMMA->DET
origin: synthesized (search/loglinear)
target: L0H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): 0.28,
    ('AUX', 'DET'): 0.78,
    ('AUX', 'PRON_OBJ'): 0.3,
    ('COMMA', 'AUX'): 0.41,
    ('COMMA', 'COMMA'): -0.47,
    ('COMMA', 'DET'): 1.01,
    ('COMMA', 'PREP'): -0.3,
    ('COMMA', 'PRON_OBJ'): 0.47,
    ('CONJ', 'AUX'): 0.37,
    ('CONJ', 'COMMA'): -0.31,
    ('CONJ', 'CONJ'): -0.42,
    ('CONJ', 'DET'): 0.87,
    ('CONJ', 'PERIOD'): -0.29,
    ('CONJ', 'PREP'): -0.33,
    ('CONJ', 'PRON_OBJ'): 0.37,
    ('CONTENT', 'BOS'): 0.3,
    ('CONTENT', 'COMMA'): -0.53,
    ('CONTENT', 'DET'): 0.6,
    ('CONTENT', 'PERIOD'): -0.46,
    ('CONTENT', 'TO'): -0.26,
    ('DET', 'AUX'): 0.42,
    ('DET', 'BOS'): 0.28,
    ('DET', 'DET'): 1.25,
    ('DET', 'PREP'): -0.34,
    ('DET', 'PRON_OBJ'): 0.46,
    ('DET', 'TO'): -0.27,
    ('NAME', 'COMMA'): -0.26,
    ('NAME', 'DET'): 0.26,
    ('NEWLINE', 'DET'): 0.28,
    ('NEWLINE', 'PERIOD'): -0.27,
    ('NUMBER', 'DET'): 0.44,
    ('PERIOD', 'AUX'): 0.59,
    ('PERIOD', 'COMMA'): -0.29,
    ('PERIOD', 'CONJ'): -0.33,
    ('PERIOD', 'CONTENT'): 0.26,
    ('PERIOD', 'DET'): 1.1,
    ('PERIOD', 'PERIOD'): -0.63,
    ('PERIOD', 'PREP'): -0.55,
    ('PERIOD', 'PRON_OBJ'): 0.52,
    ('PERIOD', 'TO'): -0.38,
    ('PREP', 'AUX'): 0.33,
    ('PREP', 'COMMA'): -0.31,
    ('PREP', 'DET'): 0.89,
    ('PREP', 'PERIOD'): -0.31,
    ('PREP', 'PREP'): -0.5,
    ('PREP', 'PRON_OBJ'): 0.36,
    ('PREP', 'TO'): -0.32,
    ('PRON_OBJ', 'DET'): 0.69,
    ('PRON_OBJ', 'PRON_OBJ'): 0.34,
    ('PRON_SUBJ', 'AUX'): 0.25,
    ('PRON_SUBJ', 'DET'): 0.76,
    ('PRON_SUBJ', 'PERIOD'): -0.37,
    ('PRON_SUBJ', 'PREP'): -0.25,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.31,
    ('QUOTE', 'DET'): 0.4,
    ('TO', 'AUX'): 0.29,
    ('TO', 'DET'): 0.74,
    ('TO', 'PERIOD'): -0.3,
    ('TO', 'PREP'): -0.27,
    ('TO', 'PRON_OBJ'): 0.26,
    ('TO', 'TO'): -0.52,
    ('VERB_ED', 'DET'): 0.35,
    ('VERB_ED', 'PERIOD'): -0.27,
    ('WH', 'DET'): 0.6,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): -0.3,
    ('CONJ', 0): -0.28,
    ('CONTENT', 0): 0.45,
    ('DET', 0): 0.32,
    ('NAME', 0): 0.32,
    ('PERIOD', 0): -0.36,
    ('PREP', 0): -0.31,
    ('PREP', 1): 0.25,
    ('PRON_OBJ', 0): 0.29,
    ('TO', 0): -0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.71,
    2: 0.7,
    3: 0.61,
    4: 0.59,
    5: 0.66,
    6: 0.71,
    7: 0.75,
    8: 0.58,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.25, 0.009999999776482582, -0.05999999865889549, 0.10999999940395355, -0.10000000149011612


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
