"""head: L15H7
heldout_iou: 0.467
heldout_iou_no_bos: 0.370
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, NAME->BOS.

name: L15H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L15H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.79,
    ('AUX', 'AUX'): -0.48,
    ('AUX', 'BOS'): 2.45,
    ('AUX', 'DET'): -0.39,
    ('AUX', 'PERIOD'): 0.62,
    ('COMMA', 'BOS'): 2.19,
    ('COMMA', 'COMMA'): -0.53,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'NAME'): -0.28,
    ('COMMA', 'PERIOD'): 0.75,
    ('CONJ', 'BOS'): 2.63,
    ('CONJ', 'CONJ'): -0.41,
    ('CONJ', 'CONTENT'): -0.25,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'PERIOD'): 0.65,
    ('CONTENT', 'AUX'): -0.35,
    ('CONTENT', 'BOS'): 3.45,
    ('CONTENT', 'CONTENT'): 0.3,
    ('CONTENT', 'DET'): -0.46,
    ('CONTENT', 'PERIOD'): 0.77,
    ('DET', 'BOS'): 2.89,
    ('DET', 'DET'): -0.9,
    ('DET', 'PERIOD'): 0.63,
    ('NAME', 'BOS'): 2.93,
    ('NAME', 'DET'): -0.42,
    ('NAME', 'NAME'): 0.47,
    ('NAME', 'PRON_OBJ'): 0.3,
    ('NEG', 'BOS'): 0.83,
    ('NEG', 'CONTENT'): -0.29,
    ('NEWLINE', 'BOS'): 2.32,
    ('NEWLINE', 'CONTENT'): -0.52,
    ('NUMBER', 'BOS'): 1.74,
    ('PERIOD', 'BOS'): 3.04,
    ('PERIOD', 'CONTENT'): -0.44,
    ('PERIOD', 'DET'): -0.35,
    ('PERIOD', 'NAME'): -0.32,
    ('PREP', 'AUX'): -0.25,
    ('PREP', 'BOS'): 2.83,
    ('PREP', 'DET'): -0.37,
    ('PREP', 'NAME'): -0.33,
    ('PREP', 'PERIOD'): 0.5,
    ('PRON_OBJ', 'BOS'): 1.88,
    ('PRON_OBJ', 'DET'): -0.37,
    ('PRON_OBJ', 'NAME'): 0.39,
    ('PRON_OBJ', 'PERIOD'): 0.32,
    ('PRON_OBJ', 'PREP'): -0.27,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.31,
    ('PRON_SUBJ', 'BOS'): 1.95,
    ('PRON_SUBJ', 'DET'): -0.45,
    ('PRON_SUBJ', 'PERIOD'): 0.49,
    ('PRON_SUBJ', 'PREP'): -0.31,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.43,
    ('PUNCT', 'BOS'): 0.26,
    ('QUOTE', 'BOS'): 1.55,
    ('QUOTE', 'CONTENT'): -0.36,
    ('TO', 'BOS'): 2.23,
    ('TO', 'DET'): -0.27,
    ('TO', 'NAME'): -0.28,
    ('TO', 'PERIOD'): 0.46,
    ('TO', 'TO'): -0.59,
    ('VERB_ED', 'BOS'): 2.52,
    ('VERB_ED', 'DET'): -0.4,
    ('VERB_ED', 'PERIOD'): 0.32,
    ('VERB_ING', 'BOS'): 1.99,
    ('VERB_ING', 'DET'): -0.27,
    ('WH', 'BOS'): 2.2,
    ('WH', 'PERIOD'): 0.37,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.36,
    ('DET', 0): 0.28,
    ('NEWLINE', 8): 0.39,
    ('PERIOD', 0): 0.82,
    ('PERIOD', 8): 0.4,
    ('PRON_SUBJ', 0): -0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.2,
    2: 1.33,
    3: 1.48,
    4: 1.64,
    5: 1.68,
    6: 1.68,
    7: 1.71,
    8: 1.57,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 2.1600000858306885, 0.4699999988079071, -0.23999999463558197, -0.4099999964237213, -0.18000000715255737


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
