"""head: L4H1
heldout_iou: 0.440
heldout_iou_no_bos: 0.374
Log-linear fit: strongest class pairs DET->BOS, PREP->BOS, PERIOD->BOS.

name: L4H1
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->BOS, PREP->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L4H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.71,
    ('AUX', 'AUX'): -0.27,
    ('AUX', 'BOS'): 1.93,
    ('AUX', 'DET'): 0.63,
    ('AUX', 'PERIOD'): 0.29,
    ('COMMA', 'BOS'): 2.25,
    ('COMMA', 'CONTENT'): -0.41,
    ('COMMA', 'DET'): 1.23,
    ('COMMA', 'PERIOD'): 0.38,
    ('CONJ', 'BOS'): 2.3,
    ('CONJ', 'CONJ'): -0.26,
    ('CONJ', 'CONTENT'): -0.46,
    ('CONJ', 'DET'): 1.23,
    ('CONJ', 'PERIOD'): 0.52,
    ('CONTENT', 'AUX'): -0.31,
    ('CONTENT', 'BOS'): 2.35,
    ('CONTENT', 'CONJ'): -0.47,
    ('CONTENT', 'CONTENT'): 0.6,
    ('CONTENT', 'DET'): 0.78,
    ('CONTENT', 'NAME'): 0.27,
    ('CONTENT', 'TO'): -0.27,
    ('CONTENT', 'VERB_ING'): 0.25,
    ('CONTENT', 'WH'): -0.3,
    ('DET', 'BOS'): 2.55,
    ('DET', 'DET'): 1.53,
    ('DET', 'PREP'): -0.27,
    ('NAME', 'AUX'): -0.36,
    ('NAME', 'BOS'): 1.81,
    ('NAME', 'DET'): 0.26,
    ('NAME', 'NAME'): 0.29,
    ('NEG', 'BOS'): 0.53,
    ('NEG', 'CONTENT'): -0.25,
    ('NEWLINE', 'BOS'): 1.1,
    ('NEWLINE', 'CONTENT'): -0.41,
    ('NEWLINE', 'DET'): 0.36,
    ('NEWLINE', 'PERIOD'): 0.27,
    ('NUMBER', 'BOS'): 1.22,
    ('NUMBER', 'DET'): 0.31,
    ('PERIOD', 'BOS'): 2.39,
    ('PERIOD', 'CONTENT'): -0.37,
    ('PERIOD', 'DET'): 1.2,
    ('PERIOD', 'NEWLINE'): 0.31,
    ('PERIOD', 'PERIOD'): 0.42,
    ('PERIOD', 'PREP'): -0.28,
    ('PERIOD', 'QUOTE'): 0.26,
    ('PREP', 'BOS'): 2.44,
    ('PREP', 'DET'): 1.13,
    ('PREP', 'PREP'): -0.34,
    ('PRON_OBJ', 'BOS'): 1.6,
    ('PRON_OBJ', 'PREP'): -0.26,
    ('PRON_SUBJ', 'BOS'): 1.79,
    ('PRON_SUBJ', 'DET'): 0.3,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.48,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.28,
    ('QUOTE', 'BOS'): 0.8,
    ('QUOTE', 'CONTENT'): -0.32,
    ('TO', 'BOS'): 1.95,
    ('TO', 'DET'): 1.01,
    ('TO', 'TO'): -0.38,
    ('VERB_ED', 'BOS'): 1.62,
    ('VERB_ING', 'BOS'): 1.2,
    ('VERB_ING', 'CONTENT'): 0.27,
    ('WH', 'BOS'): 1.8,
    ('WH', 'CONTENT'): -0.3,
    ('WH', 'DET'): 0.96,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('DET', 0): 0.57,
    ('DET', 8): -0.31,
    ('PERIOD', 0): 0.52,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.79,
    1: 0.81,
    2: 0.64,
    3: 0.45,
    4: 0.35,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8899999856948853, -0.05000000074505806, -0.33000001311302185, -0.0, 0.550000011920929


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
