"""head: L21H5
heldout_iou: 0.531
heldout_iou_no_bos: 0.444
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L21H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L21H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.02,
    ('AUX', 'BOS'): 2.59,
    ('AUX', 'DET'): -0.32,
    ('COMMA', 'BOS'): 1.74,
    ('COMMA', 'CONTENT'): -0.29,
    ('COMMA', 'NAME'): 0.39,
    ('CONJ', 'BOS'): 2.08,
    ('CONJ', 'CONTENT'): -0.25,
    ('CONJ', 'NAME'): 0.59,
    ('CONTENT', 'AUX'): -0.35,
    ('CONTENT', 'BOS'): 4.0,
    ('CONTENT', 'COMMA'): -0.28,
    ('CONTENT', 'CONTENT'): 0.54,
    ('CONTENT', 'DET'): -0.31,
    ('CONTENT', 'NAME'): 0.62,
    ('CONTENT', 'VERB_ING'): 0.42,
    ('DET', 'AUX'): -0.28,
    ('DET', 'BOS'): 2.76,
    ('DET', 'CONTENT'): 0.43,
    ('DET', 'NAME'): 0.33,
    ('NAME', 'BOS'): 3.45,
    ('NAME', 'DET'): -0.35,
    ('NAME', 'NAME'): 0.56,
    ('NEG', 'BOS'): 0.76,
    ('NEWLINE', 'BOS'): 1.78,
    ('NEWLINE', 'CONTENT'): -0.27,
    ('NUMBER', 'BOS'): 1.78,
    ('PERIOD', 'AUX'): -0.31,
    ('PERIOD', 'BOS'): 1.35,
    ('PERIOD', 'NAME'): 1.44,
    ('PERIOD', 'PREP'): -0.34,
    ('PERIOD', 'VERB_ED'): -0.3,
    ('PREP', 'AUX'): -0.29,
    ('PREP', 'BOS'): 2.74,
    ('PREP', 'NAME'): 0.32,
    ('PRON_OBJ', 'BOS'): 2.31,
    ('PRON_OBJ', 'DET'): -0.26,
    ('PRON_SUBJ', 'BOS'): 2.32,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('QUOTE', 'BOS'): 0.9,
    ('TO', 'BOS'): 2.04,
    ('VERB_ED', 'BOS'): 2.76,
    ('VERB_ED', 'DET'): -0.31,
    ('VERB_ING', 'BOS'): 2.61,
    ('WH', 'BOS'): 1.75,
    ('WH', 'NAME'): 0.36,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 8): -0.35,
    ('CONTENT', 8): -0.45,
    ('NEWLINE', 8): 0.33,
    ('VERB_ING', 8): 0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.7,
    1: 0.44,
    2: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.9399999976158142, 1.2000000476837158, -0.23999999463558197, -0.800000011920929, 0.029999999329447746


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
