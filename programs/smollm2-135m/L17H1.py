"""head: L17H1
heldout_iou: 0.573
heldout_iou_no_bos: 0.536
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L17H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L17H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.06,
    ('AUX', 'AUX'): -0.26,
    ('AUX', 'BOS'): 2.5,
    ('AUX', 'CONTENT'): -0.28,
    ('AUX', 'DET'): -0.39,
    ('AUX', 'NAME'): -0.29,
    ('AUX', 'PERIOD'): 0.37,
    ('COMMA', 'BOS'): 2.13,
    ('COMMA', 'CONTENT'): -0.4,
    ('COMMA', 'DET'): -0.29,
    ('COMMA', 'PERIOD'): 0.54,
    ('CONJ', 'BOS'): 2.57,
    ('CONJ', 'CONTENT'): -0.41,
    ('CONJ', 'DET'): -0.34,
    ('CONJ', 'NAME'): -0.25,
    ('CONJ', 'PERIOD'): 0.36,
    ('CONTENT', 'AUX'): -0.31,
    ('CONTENT', 'BOS'): 3.55,
    ('CONTENT', 'DET'): -0.68,
    ('CONTENT', 'PERIOD'): 0.6,
    ('CONTENT', 'PREP'): -0.28,
    ('CONTENT', 'TO'): -0.26,
    ('DET', 'BOS'): 2.77,
    ('DET', 'DET'): -0.39,
    ('DET', 'NAME'): -0.26,
    ('DET', 'PERIOD'): 0.52,
    ('NAME', 'BOS'): 3.16,
    ('NAME', 'DET'): -0.46,
    ('NEG', 'BOS'): 0.73,
    ('NEWLINE', 'BOS'): 1.18,
    ('NEWLINE', 'CONTENT'): -0.39,
    ('NUMBER', 'BOS'): 1.91,
    ('NUMBER', 'CONTENT'): -0.36,
    ('PERIOD', 'BOS'): 1.97,
    ('PERIOD', 'CONTENT'): -0.4,
    ('PERIOD', 'DET'): -0.44,
    ('PERIOD', 'NAME'): -0.34,
    ('PERIOD', 'PERIOD'): 0.7,
    ('PERIOD', 'PREP'): -0.26,
    ('PREP', 'BOS'): 2.92,
    ('PREP', 'CONTENT'): -0.3,
    ('PREP', 'DET'): -0.35,
    ('PREP', 'NAME'): -0.26,
    ('PREP', 'PERIOD'): 0.45,
    ('PRON_OBJ', 'BOS'): 2.61,
    ('PRON_OBJ', 'DET'): -0.29,
    ('PRON_SUBJ', 'BOS'): 2.68,
    ('PRON_SUBJ', 'DET'): -0.39,
    ('QUOTE', 'BOS'): 0.95,
    ('TO', 'BOS'): 2.14,
    ('TO', 'CONTENT'): -0.31,
    ('TO', 'DET'): -0.25,
    ('TO', 'NAME'): -0.26,
    ('TO', 'PERIOD'): 0.38,
    ('VERB_ED', 'BOS'): 2.73,
    ('VERB_ED', 'CONTENT'): -0.25,
    ('VERB_ED', 'DET'): -0.39,
    ('VERB_ING', 'BOS'): 2.32,
    ('VERB_ING', 'DET'): -0.3,
    ('WH', 'BOS'): 2.26,
    ('WH', 'CONTENT'): -0.37,
    ('WH', 'DET'): -0.29,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.41,
    ('CONTENT', 8): -0.33,
    ('PRON_OBJ', 1): 0.63,
    ('PRON_OBJ', 8): -0.26,
    ('PRON_SUBJ', 1): 0.53,
    ('PRON_SUBJ', 8): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.68,
    2: 0.83,
    3: 0.87,
    4: 0.79,
    5: 0.69,
    6: 0.65,
    7: 0.61,
    8: 0.46,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.07999999821186066, -0.20000000298023224, 0.5, -0.5, -0.18000000715255737


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
