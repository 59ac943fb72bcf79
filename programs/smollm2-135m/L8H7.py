"""head: L8H7
heldout_iou: 0.434
heldout_iou_no_bos: 0.415
Log-linear fit: strongest class pairs DET->BOS, CONTENT->BOS, PREP->BOS.

name: L8H7
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->BOS, CONTENT->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L8H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.63,
    ('AUX', 'AUX'): -0.41,
    ('AUX', 'BOS'): 1.76,
    ('AUX', 'CONTENT'): -0.31,
    ('AUX', 'DET'): 0.78,
    ('AUX', 'NAME'): -0.42,
    ('AUX', 'PERIOD'): 0.49,
    ('AUX', 'PREP'): -0.33,
    ('COMMA', 'BOS'): 1.21,
    ('COMMA', 'CONTENT'): -0.57,
    ('COMMA', 'DET'): 0.54,
    ('COMMA', 'NAME'): -0.3,
    ('COMMA', 'PERIOD'): 1.14,
    ('COMMA', 'PREP'): -0.3,
    ('CONJ', 'BOS'): 1.96,
    ('CONJ', 'COMMA'): 0.42,
    ('CONJ', 'CONTENT'): -0.52,
    ('CONJ', 'DET'): 0.92,
    ('CONJ', 'NAME'): -0.28,
    ('CONJ', 'PERIOD'): 0.86,
    ('CONJ', 'PREP'): -0.28,
    ('CONTENT', 'BOS'): 2.18,
    ('CONTENT', 'CONTENT'): 0.32,
    ('CONTENT', 'DET'): 0.99,
    ('CONTENT', 'NAME'): -0.32,
    ('DET', 'BOS'): 2.18,
    ('DET', 'DET'): 1.02,
    ('DET', 'NAME'): -0.37,
    ('DET', 'PERIOD'): 0.48,
    ('DET', 'PREP'): -0.3,
    ('NAME', 'AUX'): -0.28,
    ('NAME', 'BOS'): 1.69,
    ('NAME', 'DET'): 0.8,
    ('NEWLINE', 'BOS'): 0.63,
    ('NEWLINE', 'CONTENT'): -0.43,
    ('NEWLINE', 'PERIOD'): 0.84,
    ('NUMBER', 'BOS'): 0.95,
    ('NUMBER', 'DET'): 0.5,
    ('PERIOD', 'AUX'): -0.31,
    ('PERIOD', 'BOS'): 2.05,
    ('PERIOD', 'CONTENT'): -0.55,
    ('PERIOD', 'DET'): 1.1,
    ('PERIOD', 'NAME'): -0.43,
    ('PERIOD', 'NEWLINE'): 0.29,
    ('PERIOD', 'PERIOD'): 0.56,
    ('PERIOD', 'PREP'): -0.41,
    ('PERIOD', 'TO'): -0.3,
    ('PREP', 'BOS'): 2.17,
    ('PREP', 'DET'): 1.03,
    ('PREP', 'NAME'): -0.36,
    ('PRON_OBJ', 'BOS'): 1.52,
    ('PRON_OBJ', 'DET'): 0.77,
    ('PRON_SUBJ', 'BOS'): 1.64,
    ('PRON_SUBJ', 'DET'): 0.78,
    ('PRON_SUBJ', 'NAME'): -0.25,
    ('PRON_SUBJ', 'PERIOD'): 0.46,
    ('PRON_SUBJ', 'PREP'): -0.26,
    ('QUOTE', 'BOS'): 0.33,
    ('QUOTE', 'CONTENT'): -0.34,
    ('QUOTE', 'PERIOD'): 0.43,
    ('TO', 'BOS'): 1.63,
    ('TO', 'DET'): 0.71,
    ('TO', 'NAME'): -0.34,
    ('TO', 'TO'): -0.41,
    ('VERB_ED', 'BOS'): 1.61,
    ('VERB_ED', 'DET'): 0.52,
    ('VERB_ED', 'NAME'): -0.3,
    ('VERB_ING', 'BOS'): 1.08,
    ('VERB_ING', 'DET'): 0.37,
    ('WH', 'BOS'): 1.34,
    ('WH', 'CONTENT'): -0.37,
    ('WH', 'DET'): 0.62,
    ('WH', 'PERIOD'): 0.57,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.26,
    ('PERIOD', 0): 0.44,
    ('PERIOD', 8): 0.36,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.69,
    2: 0.56,
    3: 0.51,
    4: 0.41,
    5: 0.34,
    6: 0.33,
    7: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6399999856948853, -0.10000000149011612, -0.029999999329447746, 0.15000000596046448, -0.03999999910593033


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
