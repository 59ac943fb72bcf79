"""head: L4H8
heldout_iou: 0.298
heldout_iou_no_bos: 0.247
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, CONTENT->DET.

name: L4H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, CONTENT->DET
origin: synthesized (search/loglinear)
target: L4H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.25,
    ('ADV_LY', 'BOS'): 1.02,
    ('ADV_LY', 'CONTENT'): -0.25,
    ('ADV_LY', 'DET'): 0.31,
    ('AUX', 'BOS'): 2.12,
    ('AUX', 'CONTENT'): -0.27,
    ('AUX', 'DET'): 1.3,
    ('AUX', 'NAME'): -0.34,
    ('COMMA', 'BOS'): 1.12,
    ('COMMA', 'CONTENT'): -0.67,
    ('COMMA', 'NAME'): -0.44,
    ('COMMA', 'PERIOD'): 0.39,
    ('COMMA', 'PRON_OBJ'): -0.26,
    ('COMMA', 'WH'): 0.65,
    ('CONJ', 'BOS'): 1.33,
    ('CONJ', 'CONTENT'): -0.61,
    ('CONJ', 'DET'): 0.65,
    ('CONJ', 'NAME'): -0.48,
    ('CONJ', 'PERIOD'): 0.54,
    ('CONJ', 'PREP'): -0.39,
    ('CONJ', 'PRON_SUBJ'): 0.67,
    ('CONTENT', 'BOS'): 3.62,
    ('CONTENT', 'DET'): 2.87,
    ('CONTENT', 'NAME'): -0.34,
    ('CONTENT', 'NUMBER'): 0.67,
    ('CONTENT', 'PERIOD'): -0.26,
    ('CONTENT', 'PREP'): -0.5,
    ('CONTENT', 'TO'): -0.4,
    ('DET', 'BOS'): 2.57,
    ('DET', 'CONTENT'): -0.35,
    ('DET', 'DET'): 1.72,
    ('DET', 'NAME'): -0.33,
    ('DET', 'PREP'): -0.29,
    ('NAME', 'BOS'): 3.18,
    ('NAME', 'DET'): 2.44,
    ('NAME', 'NAME'): -0.35,
    ('NAME', 'NEG'): 0.27,
    ('NAME', 'NUMBER'): 0.47,
    ('NAME', 'PUNCT'): 0.27,
    ('NEG', 'BOS'): 0.43,
    ('NEG', 'CONTENT'): -0.29,
    ('NEG', 'DET'): 0.53,
    ('NEWLINE', 'BOS'): 1.02,
    ('NEWLINE', 'CONTENT'): -0.4,
    ('NEWLINE', 'DET'): 0.34,
    ('NEWLINE', 'NEWLINE'): 0.52,
    ('NUMBER', 'BOS'): 1.44,
    ('NUMBER', 'CONTENT'): -0.43,
    ('NUMBER', 'DET'): 0.98,
    ('PERIOD', 'BOS'): 1.31,
    ('PERIOD', 'CONTENT'): -0.58,
    ('PERIOD', 'DET'): 0.27,
    ('PERIOD', 'NAME'): -0.41,
    ('PERIOD', 'NEWLINE'): 0.44,
    ('PERIOD', 'PERIOD'): 1.12,
    ('PERIOD', 'PREP'): -0.49,
    ('PERIOD', 'PRON_OBJ'): -0.27,
    ('PERIOD', 'TO'): -0.28,
    ('PREP', 'BOS'): 2.74,
    ('PREP', 'CONTENT'): -0.27,
    ('PREP', 'DET'): 2.27,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PREP'): -0.28,
    ('PRON_OBJ', 'BOS'): 1.57,
    ('PRON_OBJ', 'DET'): 0.72,
    ('PRON_OBJ', 'PREP'): -0.34,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.41,
    ('PRON_OBJ', 'TO'): -0.26,
    ('PRON_SUBJ', 'BOS'): 1.86,
    ('PRON_SUBJ', 'DET'): 0.77,
    ('QUOTE', 'BOS'): 0.48,
    ('QUOTE', 'CONTENT'): -0.47,
    ('QUOTE', 'QUOTE'): 1.18,
    ('TO', 'BOS'): 1.83,
    ('TO', 'CONTENT'): -0.42,
    ('TO', 'DET'): 1.42,
    ('TO', 'NAME'): -0.36,
    ('TO', 'TO'): -0.28,
    ('VERB_ED', 'BOS'): 2.2,
    ('VERB_ED', 'CONTENT'): -0.29,
    ('VERB_ED', 'DET'): 1.35,
    ('VERB_ING', 'BOS'): 1.73,
    ('VERB_ING', 'CONTENT'): -0.31,
    ('VERB_ING', 'DET'): 1.4,
    ('WH', 'BOS'): 1.27,
    ('WH', 'CONTENT'): -0.41,
    ('WH', 'DET'): 1.4,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.26,
    ('AUX', 0): 0.44,
    ('AUX', 1): 0.5,
    ('AUX', 2): 0.44,
    ('AUX', 7): -0.28,
    ('AUX', 8): -0.57,
    ('COMMA', 0): -0.25,
    ('COMMA', 8): -0.74,
    ('CONJ', 6): 0.3,
    ('CONJ', 8): -0.48,
    ('CONTENT', 0): 0.47,
    ('DET', 0): 0.3,
    ('NAME', 3): -0.42,
    ('NAME', 8): 0.53,
    ('NEWLINE', 8): 0.46,
    ('PERIOD', 7): 0.37,
    ('PERIOD', 8): 0.5,
    ('PREP', 8): 0.38,
    ('VERB_ED', 1): 0.48,
    ('VERB_ED', 2): 0.26,
    ('VERB_ING', 8): 0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.07,
    2: 1.24,
    3: 1.16,
    4: 1.17,
    5: 1.16,
    6: 1.12,
    7: 1.11,
    8: 0.84,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.190000057220459, 0.3199999928474426, 0.36000001430511475, -0.20000000298023224, 0.05000000074505806


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
