"""head: L27H5
heldout_iou: 0.497
heldout_iou_no_bos: 0.436
Log-linear fit: strongest class pairs NAME->BOS, CONTENT->BOS, DET->BOS.

name: L27H5
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->BOS, CONTENT->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L27H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.07,
    ('AUX', 'BOS'): 2.94,
    ('AUX', 'CONTENT'): -0.44,
    ('AUX', 'DET'): -0.27,
    ('AUX', 'PERIOD'): 0.46,
    ('COMMA', 'BOS'): 2.3,
    ('COMMA', 'CONTENT'): -0.52,
    ('COMMA', 'DET'): -0.28,
    ('COMMA', 'PERIOD'): 1.18,
    ('COMMA', 'QUOTE'): 0.37,
    ('CONJ', 'BOS'): 2.2,
    ('CONJ', 'CONTENT'): -0.65,
    ('CONJ', 'DET'): -0.41,
    ('CONJ', 'PERIOD'): 1.28,
    ('CONJ', 'PREP'): -0.26,
    ('CONJ', 'PRON_SUBJ'): 0.43,
    ('CONTENT', 'BOS'): 3.96,
    ('CONTENT', 'DET'): -0.74,
    ('CONTENT', 'NEWLINE'): 0.26,
    ('CONTENT', 'PERIOD'): 0.95,
    ('CONTENT', 'PREP'): -0.56,
    ('CONTENT', 'PRON_OBJ'): -0.25,
    ('CONTENT', 'PRON_SUBJ'): 0.75,
    ('CONTENT', 'QUOTE'): 0.48,
    ('DET', 'BOS'): 3.93,
    ('DET', 'CONTENT'): -0.59,
    ('DET', 'NAME'): -0.27,
    ('DET', 'PREP'): -0.36,
    ('DET', 'VERB_ED'): -0.26,
    ('NAME', 'BOS'): 4.08,
    ('NAME', 'CONTENT'): -0.3,
    ('NAME', 'DET'): -0.4,
    ('NAME', 'QUOTE'): 0.41,
    ('NEG', 'BOS'): 0.9,
    ('NEG', 'CONTENT'): -0.27,
    ('NEWLINE', 'BOS'): 1.36,
    ('NEWLINE', 'CONTENT'): -0.52,
    ('NEWLINE', 'PERIOD'): 0.56,
    ('NEWLINE', 'QUOTE'): 0.36,
    ('NUMBER', 'BOS'): 2.33,
    ('NUMBER', 'CONTENT'): -0.5,
    ('PERIOD', 'AUX'): -0.27,
    ('PERIOD', 'BOS'): 2.14,
    ('PERIOD', 'CONTENT'): -0.57,
    ('PERIOD', 'DET'): -0.49,
    ('PERIOD', 'NAME'): -0.3,
    ('PERIOD', 'PERIOD'): 1.49,
    ('PERIOD', 'PREP'): -0.34,
    ('PERIOD', 'PRON_SUBJ'): 0.34,
    ('PREP', 'BOS'): 2.47,
    ('PREP', 'CONTENT'): -0.59,
    ('PREP', 'DET'): -0.66,
    ('PREP', 'NAME'): -0.36,
    ('PREP', 'PERIOD'): 0.72,
    ('PREP', 'PREP'): -0.38,
    ('PREP', 'PRON_SUBJ'): 0.34,
    ('PRON_OBJ', 'BOS'): 3.54,
    ('PRON_OBJ', 'CONTENT'): -0.4,
    ('PRON_SUBJ', 'BOS'): 3.69,
    ('PRON_SUBJ', 'CONTENT'): -0.45,
    ('QUOTE', 'BOS'): 0.71,
    ('QUOTE', 'CONTENT'): -0.4,
    ('QUOTE', 'QUOTE'): 0.59,
    ('TO', 'BOS'): 2.79,
    ('TO', 'CONTENT'): -0.49,
    ('VERB_ED', 'BOS'): 2.99,
    ('VERB_ED', 'CONTENT'): -0.39,
    ('VERB_ED', 'DET'): -0.44,
    ('VERB_ED', 'PERIOD'): 0.5,
    ('VERB_ED', 'PREP'): -0.26,
    ('VERB_ED', 'PRON_SUBJ'): 0.26,
    ('VERB_ING', 'BOS'): 1.92,
    ('VERB_ING', 'DET'): -0.37,
    ('VERB_ING', 'PERIOD'): 0.28,
    ('WH', 'BOS'): 2.14,
    ('WH', 'CONTENT'): -0.44,
    ('WH', 'DET'): -0.32,
    ('WH', 'PERIOD'): 0.61,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.69,
    ('DET', 0): 0.36,
    ('DET', 8): 0.27,
    ('NAME', 0): 0.27,
    ('NEWLINE', 2): 0.61,
    ('NUMBER', 8): 0.28,
    ('PERIOD', 2): -0.35,
    ('PREP', 0): -0.32,
    ('PREP', 8): -0.46,
    ('PRON_OBJ', 1): -0.28,
    ('PRON_OBJ', 8): 0.42,
    ('PRON_SUBJ', 8): 0.4,
    ('QUOTE', 0): 0.54,
    ('WH', 1): 0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.83,
    1: 1.58,
    2: 1.32,
    3: 0.95,
    4: 0.73,
    5: 0.53,
    6: 0.46,
    7: 0.36,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.059999942779541, -0.14000000059604645, 0.6600000262260437, -0.6899999976158142, 0.23999999463558197


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
