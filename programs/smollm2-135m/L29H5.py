"""head: L29H5
heldout_iou: 0.549
heldout_iou_no_bos: 0.455
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L29H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L29H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.98,
    ('AUX', 'BOS'): 2.53,
    ('AUX', 'CONTENT'): -0.28,
    ('AUX', 'DET'): -0.27,
    ('AUX', 'NUMBER'): 0.5,
    ('AUX', 'PERIOD'): 0.35,
    ('COMMA', 'BOS'): 2.05,
    ('COMMA', 'CONTENT'): -0.47,
    ('COMMA', 'PERIOD'): 0.82,
    ('CONJ', 'BOS'): 2.3,
    ('CONJ', 'CONTENT'): -0.45,
    ('CONJ', 'NUMBER'): 0.37,
    ('CONJ', 'PERIOD'): 0.27,
    ('CONTENT', 'AUX'): -0.48,
    ('CONTENT', 'BOS'): 3.39,
    ('CONTENT', 'COMMA'): 0.33,
    ('CONTENT', 'DET'): -0.72,
    ('CONTENT', 'NAME'): 0.3,
    ('CONTENT', 'NEWLINE'): 0.75,
    ('CONTENT', 'NUMBER'): 0.74,
    ('CONTENT', 'PERIOD'): 1.31,
    ('CONTENT', 'PREP'): -0.57,
    ('CONTENT', 'PRON_OBJ'): -0.51,
    ('CONTENT', 'PRON_SUBJ'): -0.49,
    ('CONTENT', 'PUNCT'): 0.33,
    ('CONTENT', 'QUOTE'): 0.47,
    ('CONTENT', 'TO'): -0.65,
    ('DET', 'BOS'): 2.92,
    ('DET', 'CONTENT'): -0.32,
    ('DET', 'NUMBER'): 0.42,
    ('NAME', 'AUX'): -0.35,
    ('NAME', 'BOS'): 3.28,
    ('NAME', 'CONTENT'): -0.32,
    ('NAME', 'DET'): -0.55,
    ('NAME', 'PERIOD'): 0.28,
    ('NAME', 'PREP'): -0.35,
    ('NAME', 'TO'): -0.29,
    ('NEG', 'BOS'): 0.69,
    ('NEG', 'CONTENT'): -0.25,
    ('NEWLINE', 'BOS'): 2.18,
    ('NEWLINE', 'CONTENT'): -0.55,
    ('NEWLINE', 'NEWLINE'): 0.28,
    ('NUMBER', 'BOS'): 2.2,
    ('NUMBER', 'CONTENT'): -0.47,
    ('PERIOD', 'BOS'): 2.0,
    ('PERIOD', 'CONTENT'): -0.76,
    ('PERIOD', 'DET'): -0.41,
    ('PERIOD', 'NEWLINE'): 0.81,
    ('PERIOD', 'PERIOD'): 1.86,
    ('PERIOD', 'PREP'): -0.26,
    ('PREP', 'BOS'): 2.48,
    ('PREP', 'CONTENT'): -0.33,
    ('PREP', 'NUMBER'): 0.41,
    ('PREP', 'PERIOD'): 0.51,
    ('PRON_OBJ', 'BOS'): 2.58,
    ('PRON_OBJ', 'CONTENT'): -0.35,
    ('PRON_OBJ', 'PERIOD'): 0.36,
    ('PRON_SUBJ', 'BOS'): 2.46,
    ('PRON_SUBJ', 'CONTENT'): -0.37,
    ('PRON_SUBJ', 'DET'): -0.36,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('PUNCT', 'BOS'): 0.28,
    ('QUOTE', 'BOS'): 1.27,
    ('QUOTE', 'CONTENT'): -0.43,
    ('QUOTE', 'NEWLINE'): 0.29,
    ('TO', 'BOS'): 2.03,
    ('TO', 'CONTENT'): -0.36,
    ('TO', 'TO'): -0.32,
    ('VERB_ED', 'BOS'): 2.5,
    ('VERB_ED', 'DET'): -0.44,
    ('VERB_ED', 'NUMBER'): 0.3,
    ('VERB_ED', 'PERIOD'): 0.41,
    ('VERB_ING', 'BOS'): 2.19,
    ('VERB_ING', 'CONTENT'): -0.33,
    ('VERB_ING', 'DET'): -0.3,
    ('VERB_ING', 'PERIOD'): 0.38,
    ('WH', 'BOS'): 1.93,
    ('WH', 'CONTENT'): -0.37,
    ('WH', 'PERIOD'): 0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 8): -0.33,
    ('NEWLINE', 8): 0.26,
    ('PERIOD', 0): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.5,
    1: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.090000033378601, 0.17000000178813934, -0.07000000029802322, -0.7099999785423279, 0.23999999463558197


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
