"""head: L4H0
heldout_iou: 0.393
heldout_iou_no_bos: 0.355
Log-linear fit: strongest class pairs DET->BOS, PREP->BOS, CONTENT->BOS.

name: L4H0
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->BOS, PREP->BOS, CONTENT->BOS
origin: synthesized (search/loglinear)
target: L4H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.28,
    ('ADV_LY', 'BOS'): 0.75,
    ('AUX', 'BOS'): 1.93,
    ('AUX', 'CONTENT'): -0.44,
    ('AUX', 'DET'): 1.34,
    ('AUX', 'NAME'): -0.33,
    ('AUX', 'PERIOD'): 0.27,
    ('AUX', 'PREP'): -0.33,
    ('COMMA', 'BOS'): 1.91,
    ('COMMA', 'CONTENT'): -0.55,
    ('COMMA', 'DET'): 1.28,
    ('COMMA', 'PERIOD'): 0.44,
    ('COMMA', 'PREP'): -0.26,
    ('CONJ', 'BOS'): 1.96,
    ('CONJ', 'CONTENT'): -0.63,
    ('CONJ', 'DET'): 1.26,
    ('CONJ', 'NAME'): -0.32,
    ('CONJ', 'PERIOD'): 0.28,
    ('CONJ', 'PREP'): -0.37,
    ('CONTENT', 'BOS'): 2.46,
    ('CONTENT', 'CONTENT'): 0.38,
    ('CONTENT', 'DET'): 1.52,
    ('CONTENT', 'NAME'): -0.4,
    ('CONTENT', 'PERIOD'): 0.28,
    ('CONTENT', 'PRON_SUBJ'): -0.3,
    ('CONTENT', 'VERB_ING'): 0.28,
    ('CONTENT', 'WH'): -0.3,
    ('DET', 'BOS'): 2.69,
    ('DET', 'CONTENT'): -0.28,
    ('DET', 'DET'): 1.61,
    ('DET', 'NAME'): -0.28,
    ('DET', 'PREP'): -0.38,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 2.25,
    ('NAME', 'DET'): 1.4,
    ('NAME', 'NAME'): -0.33,
    ('NAME', 'PREP'): -0.26,
    ('NAME', 'VERB_ED'): -0.27,
    ('NEG', 'BOS'): 0.32,
    ('NEG', 'CONTENT'): -0.31,
    ('NEG', 'DET'): 0.53,
    ('NEWLINE', 'BOS'): 1.13,
    ('NEWLINE', 'CONTENT'): -0.37,
    ('NEWLINE', 'DET'): 0.56,
    ('NEWLINE', 'NEWLINE'): 0.32,
    ('NUMBER', 'BOS'): 1.12,
    ('NUMBER', 'CONTENT'): -0.42,
    ('NUMBER', 'DET'): 0.98,
    ('PERIOD', 'BOS'): 2.3,
    ('PERIOD', 'CONTENT'): -0.46,
    ('PERIOD', 'DET'): 1.47,
    ('PERIOD', 'NAME'): -0.34,
    ('PERIOD', 'NEWLINE'): 0.41,
    ('PERIOD', 'PERIOD'): 0.31,
    ('PERIOD', 'PREP'): -0.41,
    ('PREP', 'BOS'): 2.48,
    ('PREP', 'DET'): 1.42,
    ('PREP', 'NAME'): -0.3,
    ('PRON_OBJ', 'BOS'): 1.5,
    ('PRON_OBJ', 'CONTENT'): -0.31,
    ('PRON_OBJ', 'DET'): 0.79,
    ('PRON_OBJ', 'PREP'): -0.36,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.46,
    ('PRON_SUBJ', 'BOS'): 1.5,
    ('PRON_SUBJ', 'CONTENT'): -0.48,
    ('PRON_SUBJ', 'DET'): 0.96,
    ('PRON_SUBJ', 'NAME'): -0.34,
    ('PRON_SUBJ', 'PREP'): -0.41,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.72,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.27,
    ('QUOTE', 'BOS'): 0.51,
    ('QUOTE', 'CONTENT'): -0.42,
    ('QUOTE', 'DET'): 0.36,
    ('TO', 'BOS'): 1.98,
    ('TO', 'CONTENT'): -0.25,
    ('TO', 'DET'): 1.32,
    ('VERB_ED', 'BOS'): 1.61,
    ('VERB_ED', 'DET'): 0.91,
    ('VERB_ED', 'NAME'): -0.32,
    ('VERB_ING', 'BOS'): 1.19,
    ('VERB_ING', 'DET'): 0.64,
    ('WH', 'BOS'): 1.62,
    ('WH', 'CONTENT'): -0.4,
    ('WH', 'DET'): 1.36,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): 0.36,
    ('CONJ', 0): 0.48,
    ('CONTENT', 2): 0.27,
    ('DET', 0): -0.36,
    ('NEWLINE', 8): 0.28,
    ('NUMBER', 1): 0.26,
    ('PREP', 0): 0.38,
    ('PREP', 1): 0.32,
    ('PREP', 8): -0.3,
    ('PRON_OBJ', 0): -0.28,
    ('PRON_SUBJ', 0): -0.37,
    ('TO', 0): 0.42,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.01,
    1: 0.85,
    2: 0.54,
    3: 0.44,
    4: 0.33,
    5: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7699999809265137, -0.2199999988079071, -0.25, 0.30000001192092896, 0.18000000715255737


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
