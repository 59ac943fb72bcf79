"""head: L21H3
heldout_iou: 0.511
heldout_iou_no_bos: 0.505
Log-linear fit: strongest class pairs NAME->BOS, CONTENT->BOS, PERIOD->BOS.

name: L21H3
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->BOS, CONTENT->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L21H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.74,
    ('ADV_LY', 'PERIOD'): 0.25,
    ('AUX', 'BOS'): 1.72,
    ('AUX', 'DET'): -0.49,
    ('AUX', 'PERIOD'): 1.14,
    ('AUX', 'PREP'): -0.35,
    ('COMMA', 'BOS'): 1.41,
    ('COMMA', 'CONTENT'): -0.26,
    ('COMMA', 'DET'): -0.32,
    ('COMMA', 'NAME'): 0.32,
    ('COMMA', 'PERIOD'): 0.91,
    ('CONJ', 'BOS'): 1.71,
    ('CONJ', 'CONTENT'): -0.31,
    ('CONJ', 'DET'): -0.39,
    ('CONJ', 'NAME'): 0.25,
    ('CONJ', 'PERIOD'): 1.02,
    ('CONJ', 'PREP'): -0.3,
    ('CONTENT', 'BOS'): 2.81,
    ('CONTENT', 'COMMA'): 0.28,
    ('CONTENT', 'DET'): -0.74,
    ('CONTENT', 'NUMBER'): -0.3,
    ('CONTENT', 'PERIOD'): 1.39,
    ('CONTENT', 'PREP'): -0.65,
    ('CONTENT', 'PRON_OBJ'): -0.4,
    ('CONTENT', 'QUOTE'): 0.55,
    ('CONTENT', 'TO'): -0.45,
    ('CONTENT', 'VERB_ING'): -0.25,
    ('DET', 'BOS'): 1.88,
    ('DET', 'COMMA'): 0.26,
    ('DET', 'DET'): -0.53,
    ('DET', 'PERIOD'): 1.37,
    ('DET', 'PREP'): -0.33,
    ('NAME', 'AUX'): -0.27,
    ('NAME', 'BOS'): 2.83,
    ('NAME', 'CONTENT'): -0.4,
    ('NAME', 'DET'): -0.46,
    ('NAME', 'PERIOD'): 0.78,
    ('NAME', 'PREP'): -0.31,
    ('NAME', 'QUOTE'): 0.37,
    ('NEG', 'BOS'): 0.38,
    ('NEWLINE', 'BOS'): 2.03,
    ('NEWLINE', 'CONTENT'): -0.46,
    ('NUMBER', 'BOS'): 1.16,
    ('NUMBER', 'CONTENT'): -0.27,
    ('NUMBER', 'DET'): -0.25,
    ('NUMBER', 'PERIOD'): 0.61,
    ('PERIOD', 'BOS'): 2.28,
    ('PERIOD', 'CONTENT'): -0.44,
    ('PERIOD', 'DET'): -0.42,
    ('PERIOD', 'PERIOD'): 0.96,
    ('PERIOD', 'PREP'): -0.4,
    ('PREP', 'BOS'): 1.53,
    ('PREP', 'CONTENT'): -0.28,
    ('PREP', 'DET'): -0.52,
    ('PREP', 'PERIOD'): 1.19,
    ('PREP', 'PREP'): -0.46,
    ('PRON_OBJ', 'BOS'): 1.46,
    ('PRON_OBJ', 'DET'): -0.39,
    ('PRON_OBJ', 'PERIOD'): 0.87,
    ('PRON_OBJ', 'PREP'): -0.32,
    ('PRON_SUBJ', 'BOS'): 1.4,
    ('PRON_SUBJ', 'COMMA'): 0.27,
    ('PRON_SUBJ', 'CONTENT'): -0.32,
    ('PRON_SUBJ', 'DET'): -0.5,
    ('PRON_SUBJ', 'PERIOD'): 1.16,
    ('PRON_SUBJ', 'PREP'): -0.33,
    ('QUOTE', 'BOS'): 0.76,
    ('TO', 'BOS'): 1.1,
    ('TO', 'DET'): -0.37,
    ('TO', 'PERIOD'): 0.97,
    ('VERB_ED', 'BOS'): 1.82,
    ('VERB_ED', 'CONTENT'): -0.27,
    ('VERB_ED', 'DET'): -0.48,
    ('VERB_ED', 'PERIOD'): 0.97,
    ('VERB_ED', 'PREP'): -0.3,
    ('VERB_ING', 'BOS'): 1.54,
    ('VERB_ING', 'DET'): -0.31,
    ('VERB_ING', 'PERIOD'): 0.61,
    ('WH', 'BOS'): 1.15,
    ('WH', 'CONTENT'): -0.33,
    ('WH', 'DET'): -0.35,
    ('WH', 'PERIOD'): 0.81,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.3,
    ('NEWLINE', 8): 0.38,
    ('PERIOD', 8): 0.41,
    ('PRON_SUBJ', 1): 0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.20000000298023224, 0.25999999046325684, 0.12999999523162842, -0.4099999964237213, -0.3400000035762787


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
