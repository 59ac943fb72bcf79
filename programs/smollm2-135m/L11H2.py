"""head: L11H2
heldout_iou: 0.565
heldout_iou_no_bos: 0.568
Log-linear fit: strongest class pairs CONTENT->PERIOD, PERIOD->PERIOD, AUX->PERIOD.

name: L11H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, PERIOD->PERIOD, AUX->PERIOD
origin: synthesized (search/loglinear)
target: L11H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.34,
    ('AUX', 'CONJ'): 0.27,
    ('AUX', 'CONTENT'): -0.39,
    ('AUX', 'NAME'): -0.46,
    ('AUX', 'PERIOD'): 1.39,
    ('AUX', 'QUOTE'): 0.3,
    ('AUX', 'WH'): 0.3,
    ('COMMA', 'CONTENT'): -0.33,
    ('COMMA', 'DET'): -0.37,
    ('COMMA', 'NAME'): -0.33,
    ('COMMA', 'PERIOD'): 1.33,
    ('COMMA', 'PREP'): -0.3,
    ('COMMA', 'QUOTE'): 0.29,
    ('CONJ', 'CONTENT'): -0.36,
    ('CONJ', 'DET'): -0.25,
    ('CONJ', 'NAME'): -0.36,
    ('CONJ', 'PERIOD'): 1.34,
    ('CONJ', 'PREP'): -0.32,
    ('CONTENT', 'COMMA'): 0.28,
    ('CONTENT', 'CONJ'): 0.27,
    ('CONTENT', 'CONTENT'): -0.32,
    ('CONTENT', 'DET'): -0.36,
    ('CONTENT', 'NAME'): -0.6,
    ('CONTENT', 'NEWLINE'): 0.59,
    ('CONTENT', 'PERIOD'): 1.54,
    ('CONTENT', 'PREP'): -0.31,
    ('CONTENT', 'QUOTE'): 0.69,
    ('CONTENT', 'WH'): 0.33,
    ('DET', 'DET'): -0.31,
    ('DET', 'NAME'): -0.36,
    ('DET', 'PERIOD'): 1.23,
    ('DET', 'PREP'): -0.34,
    ('NAME', 'COMMA'): 0.25,
    ('NAME', 'CONTENT'): -0.29,
    ('NAME', 'NAME'): -0.57,
    ('NAME', 'PERIOD'): 0.96,
    ('NAME', 'QUOTE'): 0.49,
    ('NEWLINE', 'BOS'): 0.32,
    ('NEWLINE', 'CONTENT'): -0.25,
    ('NEWLINE', 'PERIOD'): 0.45,
    ('NUMBER', 'PERIOD'): 0.81,
    ('PERIOD', 'BOS'): 0.65,
    ('PERIOD', 'CONTENT'): -0.26,
    ('PERIOD', 'DET'): -0.39,
    ('PERIOD', 'NAME'): -0.3,
    ('PERIOD', 'NEWLINE'): 0.49,
    ('PERIOD', 'PERIOD'): 1.41,
    ('PERIOD', 'PREP'): -0.35,
    ('PERIOD', 'QUOTE'): 0.44,
    ('PREP', 'CONTENT'): -0.32,
    ('PREP', 'DET'): -0.27,
    ('PREP', 'NAME'): -0.27,
    ('PREP', 'PERIOD'): 0.99,
    ('PREP', 'PREP'): -0.25,
    ('PRON_OBJ', 'CONTENT'): -0.31,
    ('PRON_OBJ', 'PERIOD'): 0.99,
    ('PRON_OBJ', 'PREP'): -0.27,
    ('PRON_SUBJ', 'CONTENT'): -0.44,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'PERIOD'): 1.22,
    ('PRON_SUBJ', 'PREP'): -0.26,
    ('PRON_SUBJ', 'QUOTE'): 0.46,
    ('QUOTE', 'CONTENT'): -0.25,
    ('QUOTE', 'NEWLINE'): 0.31,
    ('QUOTE', 'PERIOD'): 0.36,
    ('QUOTE', 'QUOTE'): 0.26,
    ('TO', 'CONTENT'): -0.33,
    ('TO', 'NAME'): -0.35,
    ('TO', 'PERIOD'): 0.87,
    ('VERB_ED', 'CONTENT'): -0.48,
    ('VERB_ED', 'NAME'): -0.43,
    ('VERB_ED', 'PERIOD'): 1.19,
    ('VERB_ING', 'PERIOD'): 0.55,
    ('WH', 'CONTENT'): -0.35,
    ('WH', 'PERIOD'): 1.03,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.27,
    ('AUX', 2): 0.29,
    ('COMMA', 1): -0.63,
    ('COMMA', 2): -0.33,
    ('CONJ', 1): -0.38,
    ('CONTENT', 8): -0.36,
    ('DET', 1): 0.3,
    ('NAME', 0): 0.34,
    ('NAME', 1): 0.64,
    ('NAME', 2): 0.39,
    ('NEWLINE', 8): 1.03,
    ('NUMBER', 1): 0.27,
    ('PERIOD', 1): -0.33,
    ('PERIOD', 2): -0.37,
    ('PERIOD', 6): 0.31,
    ('PERIOD', 7): 0.46,
    ('PERIOD', 8): 1.75,
    ('PREP', 8): -0.25,
    ('PRON_OBJ', 1): 0.32,
    ('PRON_SUBJ', 1): 0.37,
    ('QUOTE', 8): 0.45,
    ('TO', 1): -0.27,
    ('VERB_ED', 2): 0.28,
    ('VERB_ING', 8): -0.32,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 2.58,
    2: 3.36,
    3: 3.81,
    4: 3.97,
    5: 4.06,
    6: 4.1,
    7: 4.17,
    8: 4.11,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.36000001430511475, 0.18000000715255737, 0.5, 0.09000000357627869, -1.8200000524520874


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
