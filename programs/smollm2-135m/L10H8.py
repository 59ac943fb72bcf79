"""head: L10H8
heldout_iou: 0.511
heldout_iou_no_bos: 0.514
Log-linear fit: strongest class pairs PREP->DET, DET->DET, CONTENT->DET.

name: L10H8
description: softmax over class-pair, distance and lexical terms; strongest pairs PREP->DET, DET->DET, CONTENT->DET
origin: synthesized (search/loglinear)
target: L10H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'CONTENT'): -0.47,
    ('AUX', 'DET'): 0.94,
    ('AUX', 'PERIOD'): 0.59,
    ('AUX', 'PREP'): -0.26,
    ('AUX', 'WH'): 0.26,
    ('COMMA', 'COMMA'): 0.33,
    ('COMMA', 'CONTENT'): -0.28,
    ('COMMA', 'DET'): 0.32,
    ('COMMA', 'PERIOD'): 0.48,
    ('CONJ', 'CONJ'): 0.36,
    ('CONJ', 'CONTENT'): -0.46,
    ('CONJ', 'DET'): 0.41,
    ('CONJ', 'PERIOD'): 0.57,
    ('CONTENT', 'BOS'): -0.76,
    ('CONTENT', 'COMMA'): 0.52,
    ('CONTENT', 'DET'): 1.19,
    ('CONTENT', 'NAME'): -0.49,
    ('CONTENT', 'PERIOD'): 0.93,
    ('CONTENT', 'TO'): -0.32,
    ('CONTENT', 'VERB_ED'): -0.27,
    ('DET', 'CONTENT'): -0.47,
    ('DET', 'DET'): 1.22,
    ('DET', 'PERIOD'): 0.78,
    ('DET', 'PREP'): -0.45,
    ('DET', 'TO'): -0.35,
    ('NAME', 'BOS'): -0.47,
    ('NAME', 'COMMA'): 0.33,
    ('NAME', 'CONTENT'): -0.41,
    ('NAME', 'DET'): 1.16,
    ('NAME', 'PERIOD'): 0.72,
    ('NAME', 'PREP'): -0.3,
    ('NAME', 'PRON_OBJ'): 0.28,
    ('NAME', 'VERB_ED'): -0.49,
    ('NEG', 'DET'): 0.44,
    ('NEWLINE', 'CONTENT'): -0.29,
    ('NEWLINE', 'PERIOD'): 0.54,
    ('NUMBER', 'CONTENT'): -0.35,
    ('NUMBER', 'DET'): 0.85,
    ('NUMBER', 'PERIOD'): 0.43,
    ('PERIOD', 'PERIOD'): 0.68,
    ('PERIOD', 'PREP'): -0.26,
    ('PREP', 'CONTENT'): -0.25,
    ('PREP', 'DET'): 1.32,
    ('PREP', 'PERIOD'): 0.52,
    ('PRON_OBJ', 'CONTENT'): -0.51,
    ('PRON_OBJ', 'DET'): 0.86,
    ('PRON_OBJ', 'PERIOD'): 0.63,
    ('PRON_SUBJ', 'CONTENT'): -0.65,
    ('PRON_SUBJ', 'DET'): 0.75,
    ('PRON_SUBJ', 'PERIOD'): 1.04,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('QUOTE', 'CONTENT'): -0.28,
    ('QUOTE', 'PERIOD'): 0.35,
    ('TO', 'CONTENT'): -0.3,
    ('TO', 'DET'): 0.9,
    ('TO', 'PERIOD'): 0.39,
    ('TO', 'TO'): -0.31,
    ('VERB_ED', 'BOS'): -0.31,
    ('VERB_ED', 'COMMA'): 0.29,
    ('VERB_ED', 'CONTENT'): -0.49,
    ('VERB_ED', 'DET'): 0.93,
    ('VERB_ED', 'NAME'): -0.33,
    ('VERB_ED', 'PERIOD'): 0.66,
    ('VERB_ED', 'VERB_ED'): -0.4,
    ('VERB_ING', 'DET'): 0.68,
    ('VERB_ING', 'PERIOD'): 0.34,
    ('VERB_ING', 'VERB_ING'): -0.33,
    ('WH', 'CONTENT'): -0.39,
    ('WH', 'DET'): 0.74,
    ('WH', 'PERIOD'): 0.41,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 0): -0.32,
    ('COMMA', 0): 0.79,
    ('COMMA', 8): -0.29,
    ('CONJ', 0): 0.73,
    ('CONJ', 1): 0.28,
    ('CONJ', 8): -0.36,
    ('CONTENT', 0): -0.93,
    ('CONTENT', 1): -0.31,
    ('DET', 0): -0.29,
    ('NAME', 0): -0.68,
    ('NAME', 8): 0.3,
    ('NEWLINE', 1): 0.35,
    ('NUMBER', 0): -0.25,
    ('PERIOD', 0): 0.66,
    ('PERIOD', 1): -0.26,
    ('PRON_OBJ', 0): 0.42,
    ('VERB_ED', 0): -0.46,
    ('VERB_ED', 1): -0.32,
    ('VERB_ING', 0): -0.47,
    ('WH', 0): 0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.83,
    1: 0.97,
    2: 0.44,
    3: 0.26,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5699999928474426, 0.1899999976158142, 0.10999999940395355, 0.9700000286102295, -0.33000001311302185


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
