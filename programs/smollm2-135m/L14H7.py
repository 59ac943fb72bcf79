"""head: L14H7
heldout_iou: 0.526
heldout_iou_no_bos: 0.469
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, DET->BOS.

name: L14H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L14H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.79,
    ('AUX', 'AUX'): -0.29,
    ('AUX', 'BOS'): 2.06,
    ('AUX', 'DET'): -0.42,
    ('AUX', 'PERIOD'): 0.65,
    ('COMMA', 'BOS'): 1.87,
    ('COMMA', 'CONTENT'): -0.32,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'PERIOD'): 0.98,
    ('CONJ', 'BOS'): 2.22,
    ('CONJ', 'CONTENT'): -0.34,
    ('CONJ', 'DET'): -0.28,
    ('CONJ', 'PERIOD'): 0.93,
    ('CONTENT', 'AUX'): -0.35,
    ('CONTENT', 'BOS'): 3.09,
    ('CONTENT', 'DET'): -0.78,
    ('CONTENT', 'PERIOD'): 0.81,
    ('CONTENT', 'PREP'): -0.29,
    ('CONTENT', 'TO'): -0.34,
    ('DET', 'AUX'): -0.29,
    ('DET', 'BOS'): 2.75,
    ('DET', 'DET'): -0.54,
    ('DET', 'PERIOD'): 0.76,
    ('NAME', 'AUX'): -0.28,
    ('NAME', 'BOS'): 2.59,
    ('NAME', 'DET'): -0.58,
    ('NAME', 'NAME'): 0.39,
    ('NAME', 'PERIOD'): 0.32,
    ('NAME', 'PREP'): -0.38,
    ('NAME', 'PRON_SUBJ'): 0.36,
    ('NEG', 'BOS'): 0.57,
    ('NEWLINE', 'BOS'): 2.16,
    ('NEWLINE', 'CONTENT'): -0.52,
    ('NUMBER', 'BOS'): 1.55,
    ('NUMBER', 'PERIOD'): 0.25,
    ('PERIOD', 'BOS'): 2.81,
    ('PERIOD', 'CONTENT'): -0.33,
    ('PERIOD', 'DET'): -0.38,
    ('PERIOD', 'NEWLINE'): 0.34,
    ('PERIOD', 'PERIOD'): 0.95,
    ('PERIOD', 'PREP'): -0.25,
    ('PREP', 'AUX'): -0.27,
    ('PREP', 'BOS'): 2.49,
    ('PREP', 'DET'): -0.37,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PERIOD'): 0.6,
    ('PRON_OBJ', 'BOS'): 1.77,
    ('PRON_OBJ', 'DET'): -0.41,
    ('PRON_OBJ', 'PREP'): -0.28,
    ('PRON_SUBJ', 'BOS'): 2.11,
    ('PRON_SUBJ', 'CONTENT'): -0.28,
    ('PRON_SUBJ', 'DET'): -0.42,
    ('PRON_SUBJ', 'PERIOD'): 0.35,
    ('PRON_SUBJ', 'PREP'): -0.27,
    ('PUNCT', 'BOS'): 0.25,
    ('QUOTE', 'BOS'): 0.98,
    ('QUOTE', 'CONTENT'): -0.33,
    ('TO', 'BOS'): 1.88,
    ('TO', 'PERIOD'): 0.64,
    ('VERB_ED', 'BOS'): 2.21,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ED', 'PERIOD'): 0.47,
    ('VERB_ING', 'BOS'): 1.82,
    ('VERB_ING', 'DET'): -0.31,
    ('VERB_ING', 'PERIOD'): 0.26,
    ('WH', 'BOS'): 1.84,
    ('WH', 'CONTENT'): -0.28,
    ('WH', 'PERIOD'): 0.47,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.3,
    ('NEWLINE', 8): 0.39,
    ('PERIOD', 0): 0.26,
    ('PERIOD', 8): 0.48,
    ('PRON_OBJ', 8): -0.31,
    ('PRON_SUBJ', 8): -0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.56,
    2: 0.51,
    3: 0.49,
    4: 0.41,
    5: 0.31,
    6: 0.29,
    7: 0.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.9800000190734863, 0.23000000417232513, 0.0, -0.4699999988079071, -0.05000000074505806


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
