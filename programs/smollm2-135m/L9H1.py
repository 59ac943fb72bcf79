"""head: L9H1
heldout_iou: 0.456
heldout_iou_no_bos: 0.442
Log-linear fit: strongest class pairs CONTENT->BOS, PREP->BOS, DET->BOS.

name: L9H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PREP->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L9H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.62,
    ('AUX', 'BOS'): 1.85,
    ('AUX', 'DET'): 0.77,
    ('AUX', 'NAME'): -0.34,
    ('AUX', 'PRON_SUBJ'): -0.36,
    ('COMMA', 'BOS'): 1.61,
    ('COMMA', 'DET'): 0.76,
    ('CONJ', 'BOS'): 2.01,
    ('CONJ', 'DET'): 0.96,
    ('CONTENT', 'AUX'): -0.32,
    ('CONTENT', 'BOS'): 2.64,
    ('CONTENT', 'CONTENT'): 0.45,
    ('CONTENT', 'DET'): 1.04,
    ('CONTENT', 'PERIOD'): 0.35,
    ('CONTENT', 'PRON_OBJ'): -0.28,
    ('CONTENT', 'PRON_SUBJ'): -0.46,
    ('CONTENT', 'VERB_ED'): 0.34,
    ('CONTENT', 'VERB_ING'): 0.36,
    ('DET', 'BOS'): 2.31,
    ('DET', 'DET'): 1.39,
    ('NAME', 'AUX'): -0.41,
    ('NAME', 'BOS'): 2.28,
    ('NAME', 'DET'): 0.59,
    ('NAME', 'PREP'): -0.26,
    ('NAME', 'VERB_ED'): -0.28,
    ('NEG', 'BOS'): 0.31,
    ('NEWLINE', 'BOS'): 0.89,
    ('NEWLINE', 'DET'): 0.31,
    ('NUMBER', 'BOS'): 1.07,
    ('NUMBER', 'DET'): 0.54,
    ('PERIOD', 'BOS'): 1.63,
    ('PERIOD', 'DET'): 0.53,
    ('PERIOD', 'NAME'): -0.39,
    ('PERIOD', 'PERIOD'): 0.3,
    ('PREP', 'BOS'): 2.56,
    ('PREP', 'DET'): 1.31,
    ('PREP', 'NAME'): -0.3,
    ('PREP', 'PRON_SUBJ'): -0.27,
    ('PRON_OBJ', 'BOS'): 2.15,
    ('PRON_OBJ', 'DET'): 0.88,
    ('PRON_SUBJ', 'BOS'): 1.91,
    ('PRON_SUBJ', 'DET'): 0.75,
    ('QUOTE', 'BOS'): 0.6,
    ('TO', 'BOS'): 2.05,
    ('TO', 'DET'): 0.96,
    ('TO', 'NAME'): -0.31,
    ('VERB_ED', 'BOS'): 1.83,
    ('VERB_ED', 'DET'): 0.52,
    ('VERB_ING', 'BOS'): 1.21,
    ('VERB_ING', 'DET'): 0.41,
    ('WH', 'BOS'): 1.51,
    ('WH', 'DET'): 0.76,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('DET', 0): 0.27,
    ('NEWLINE', 8): 0.25,
    ('PERIOD', 0): 0.43,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.0,
    2: 0.99,
    3: 0.88,
    4: 0.76,
    5: 0.66,
    6: 0.6,
    7: 0.56,
    8: 0.36,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.23000000417232513, -0.07999999821186066, 0.2800000011920929, -0.25999999046325684, -0.11999999731779099


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
