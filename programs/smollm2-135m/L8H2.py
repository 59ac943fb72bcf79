"""head: L8H2
heldout_iou: 0.334
heldout_iou_no_bos: 0.261
Log-linear fit: strongest class pairs CONTENT->BOS, CONTENT->DET, PREP->BOS.

name: L8H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, CONTENT->DET, PREP->BOS
origin: synthesized (search/loglinear)
target: L8H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.81,
    ('ADV_LY', 'DET'): 0.32,
    ('AUX', 'BOS'): 2.08,
    ('AUX', 'CONTENT'): -0.35,
    ('AUX', 'DET'): 1.76,
    ('AUX', 'NAME'): -0.27,
    ('COMMA', 'BOS'): 1.93,
    ('COMMA', 'CONTENT'): -0.6,
    ('COMMA', 'DET'): 1.58,
    ('COMMA', 'PERIOD'): 0.6,
    ('COMMA', 'PREP'): -0.26,
    ('CONJ', 'BOS'): 2.16,
    ('CONJ', 'CONTENT'): -0.49,
    ('CONJ', 'DET'): 1.76,
    ('CONJ', 'PREP'): -0.26,
    ('CONTENT', 'BOS'): 3.09,
    ('CONTENT', 'CONTENT'): 0.37,
    ('CONTENT', 'DET'): 2.78,
    ('CONTENT', 'NUMBER'): 0.57,
    ('CONTENT', 'PREP'): -0.38,
    ('CONTENT', 'TO'): -0.33,
    ('DET', 'BOS'): 2.6,
    ('DET', 'CONTENT'): -0.29,
    ('DET', 'DET'): 1.97,
    ('DET', 'NAME'): -0.25,
    ('DET', 'PREP'): -0.34,
    ('NAME', 'AUX'): -0.32,
    ('NAME', 'BOS'): 2.16,
    ('NAME', 'DET'): 1.4,
    ('NAME', 'PREP'): -0.33,
    ('NAME', 'VERB_ED'): -0.32,
    ('NEG', 'BOS'): 0.47,
    ('NEG', 'CONTENT'): -0.28,
    ('NEG', 'DET'): 0.54,
    ('NEWLINE', 'BOS'): 1.25,
    ('NEWLINE', 'CONTENT'): -0.43,
    ('NEWLINE', 'DET'): 0.85,
    ('NEWLINE', 'NEWLINE'): 0.31,
    ('NUMBER', 'BOS'): 1.05,
    ('NUMBER', 'CONTENT'): -0.44,
    ('NUMBER', 'DET'): 1.24,
    ('NUMBER', 'NUMBER'): 0.5,
    ('PERIOD', 'BOS'): 2.44,
    ('PERIOD', 'COMMA'): 0.5,
    ('PERIOD', 'CONTENT'): -0.58,
    ('PERIOD', 'DET'): 1.52,
    ('PERIOD', 'NAME'): -0.29,
    ('PERIOD', 'PERIOD'): 1.22,
    ('PERIOD', 'PREP'): -0.37,
    ('PREP', 'BOS'): 2.65,
    ('PREP', 'DET'): 2.31,
    ('PRON_OBJ', 'BOS'): 1.32,
    ('PRON_OBJ', 'CONTENT'): -0.38,
    ('PRON_OBJ', 'DET'): 1.22,
    ('PRON_OBJ', 'PREP'): -0.33,
    ('PRON_OBJ', 'PRON_OBJ'): 0.66,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.55,
    ('PRON_SUBJ', 'BOS'): 1.31,
    ('PRON_SUBJ', 'CONTENT'): -0.53,
    ('PRON_SUBJ', 'DET'): 1.21,
    ('PRON_SUBJ', 'PREP'): -0.35,
    ('PRON_SUBJ', 'PRON_OBJ'): 1.1,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.63,
    ('QUOTE', 'BOS'): 0.63,
    ('QUOTE', 'CONTENT'): -0.49,
    ('QUOTE', 'DET'): 0.75,
    ('QUOTE', 'QUOTE'): 0.33,
    ('TO', 'BOS'): 2.03,
    ('TO', 'CONTENT'): -0.34,
    ('TO', 'DET'): 1.75,
    ('TO', 'TO'): -0.35,
    ('VERB_ED', 'BOS'): 2.13,
    ('VERB_ED', 'CONTENT'): -0.32,
    ('VERB_ED', 'DET'): 1.67,
    ('VERB_ING', 'BOS'): 1.56,
    ('VERB_ING', 'CONTENT'): -0.32,
    ('VERB_ING', 'DET'): 1.63,
    ('WH', 'BOS'): 1.78,
    ('WH', 'CONTENT'): -0.42,
    ('WH', 'DET'): 1.69,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.29,
    ('DET', 0): 0.41,
    ('DET', 8): -0.44,
    ('NUMBER', 1): 0.34,
    ('PERIOD', 0): 0.5,
    ('PERIOD', 8): -0.41,
    ('VERB_ED', 8): 0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.4,
    2: 0.32,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7200000286102295, 0.05999999865889549, -0.5400000214576721, 0.18000000715255737, 0.4099999964237213


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
