"""head: L12H2
heldout_iou: 0.592
heldout_iou_no_bos: 0.500
Log-linear fit: strongest class pairs CONTENT->BOS, PRON_SUBJ->BOS, PREP->BOS.

name: L12H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PRON_SUBJ->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L12H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.89,
    ('AUX', 'BOS'): 2.62,
    ('AUX', 'CONTENT'): -0.36,
    ('AUX', 'DET'): -0.31,
    ('AUX', 'NAME'): -0.27,
    ('AUX', 'PERIOD'): 0.42,
    ('AUX', 'PREP'): -0.28,
    ('COMMA', 'BOS'): 2.14,
    ('COMMA', 'CONTENT'): -0.5,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'NAME'): -0.26,
    ('COMMA', 'PERIOD'): 0.76,
    ('CONJ', 'BOS'): 2.55,
    ('CONJ', 'CONTENT'): -0.5,
    ('CONJ', 'DET'): -0.27,
    ('CONJ', 'PERIOD'): 0.63,
    ('CONTENT', 'BOS'): 3.65,
    ('CONTENT', 'DET'): -0.72,
    ('CONTENT', 'NEWLINE'): 0.45,
    ('CONTENT', 'PERIOD'): 1.09,
    ('CONTENT', 'PREP'): -0.54,
    ('CONTENT', 'QUOTE'): 0.33,
    ('CONTENT', 'TO'): -0.51,
    ('DET', 'BOS'): 2.63,
    ('DET', 'CONTENT'): -0.25,
    ('DET', 'DET'): -0.48,
    ('DET', 'NAME'): -0.27,
    ('DET', 'PERIOD'): 0.79,
    ('DET', 'PREP'): -0.26,
    ('NAME', 'AUX'): -0.33,
    ('NAME', 'BOS'): 2.46,
    ('NAME', 'DET'): -0.53,
    ('NAME', 'NAME'): 0.35,
    ('NAME', 'PERIOD'): 1.08,
    ('NAME', 'PREP'): -0.39,
    ('NAME', 'TO'): -0.26,
    ('NEG', 'BOS'): 1.01,
    ('NEG', 'CONTENT'): -0.32,
    ('NEWLINE', 'BOS'): 0.91,
    ('NEWLINE', 'CONTENT'): -0.47,
    ('NEWLINE', 'NEWLINE'): 0.5,
    ('NEWLINE', 'PERIOD'): 0.42,
    ('NUMBER', 'BOS'): 1.95,
    ('NUMBER', 'CONTENT'): -0.41,
    ('PERIOD', 'BOS'): 1.85,
    ('PERIOD', 'COMMA'): 0.34,
    ('PERIOD', 'CONTENT'): -0.42,
    ('PERIOD', 'DET'): -0.45,
    ('PERIOD', 'NEWLINE'): 0.26,
    ('PERIOD', 'PERIOD'): 1.08,
    ('PERIOD', 'PREP'): -0.3,
    ('PREP', 'BOS'): 2.87,
    ('PREP', 'CONTENT'): -0.28,
    ('PREP', 'DET'): -0.34,
    ('PREP', 'NAME'): -0.31,
    ('PREP', 'PERIOD'): 0.51,
    ('PREP', 'PREP'): -0.33,
    ('PRON_OBJ', 'BOS'): 2.75,
    ('PRON_OBJ', 'CONTENT'): -0.33,
    ('PRON_OBJ', 'DET'): -0.28,
    ('PRON_OBJ', 'PERIOD'): 0.33,
    ('PRON_OBJ', 'PREP'): -0.27,
    ('PRON_SUBJ', 'BOS'): 3.07,
    ('PRON_SUBJ', 'CONTENT'): -0.46,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'PERIOD'): 0.65,
    ('QUOTE', 'BOS'): 1.33,
    ('QUOTE', 'CONTENT'): -0.38,
    ('TO', 'BOS'): 2.32,
    ('TO', 'CONTENT'): -0.36,
    ('TO', 'PERIOD'): 0.31,
    ('TO', 'TO'): -0.25,
    ('VERB_ED', 'BOS'): 2.82,
    ('VERB_ED', 'CONTENT'): -0.29,
    ('VERB_ED', 'DET'): -0.38,
    ('VERB_ED', 'PERIOD'): 0.28,
    ('VERB_ING', 'BOS'): 2.56,
    ('VERB_ING', 'CONTENT'): -0.26,
    ('VERB_ING', 'DET'): -0.3,
    ('WH', 'BOS'): 2.34,
    ('WH', 'CONTENT'): -0.38,
    ('WH', 'PERIOD'): 0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.3,
    ('DET', 8): -0.27,
    ('NEWLINE', 0): 0.3,
    ('VERB_ING', 8): 0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.77,
    1: 1.48,
    2: 1.0,
    3: 0.64,
    4: 0.46,
    5: 0.28,
    6: 0.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8700000047683716, 0.1899999976158142, 0.05000000074505806, -0.6700000166893005, 0.5699999928474426


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
