"""head: L25H6
heldout_iou: 0.499
heldout_iou_no_bos: 0.435
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L25H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L25H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.11,
    ('AUX', 'BOS'): 2.76,
    ('AUX', 'CONTENT'): -0.66,
    ('AUX', 'DET'): -0.34,
    ('AUX', 'NAME'): -0.48,
    ('AUX', 'PERIOD'): 0.48,
    ('AUX', 'PREP'): -0.3,
    ('AUX', 'PRON_OBJ'): -0.25,
    ('COMMA', 'BOS'): 2.7,
    ('COMMA', 'CONTENT'): -0.58,
    ('COMMA', 'NAME'): -0.33,
    ('COMMA', 'PERIOD'): 0.41,
    ('CONJ', 'BOS'): 2.88,
    ('CONJ', 'CONTENT'): -0.69,
    ('CONJ', 'DET'): -0.29,
    ('CONJ', 'NAME'): -0.4,
    ('CONTENT', 'BOS'): 4.51,
    ('CONTENT', 'CONTENT'): -0.32,
    ('CONTENT', 'DET'): -1.05,
    ('CONTENT', 'NAME'): -0.48,
    ('CONTENT', 'NEG'): 0.32,
    ('CONTENT', 'NUMBER'): -0.36,
    ('CONTENT', 'PERIOD'): 0.71,
    ('CONTENT', 'PREP'): -0.85,
    ('CONTENT', 'PRON_OBJ'): -0.67,
    ('CONTENT', 'PRON_SUBJ'): 0.31,
    ('CONTENT', 'QUOTE'): 0.38,
    ('CONTENT', 'TO'): 0.33,
    ('DET', 'BOS'): 3.58,
    ('DET', 'CONTENT'): -0.56,
    ('DET', 'NAME'): -0.35,
    ('NAME', 'BOS'): 4.09,
    ('NAME', 'DET'): -0.48,
    ('NAME', 'NAME'): -0.54,
    ('NAME', 'PERIOD'): 0.44,
    ('NAME', 'PREP'): -0.27,
    ('NAME', 'WH'): 0.62,
    ('NEG', 'BOS'): 1.27,
    ('NEG', 'CONTENT'): -0.35,
    ('NEWLINE', 'BOS'): 2.27,
    ('NEWLINE', 'CONTENT'): -0.56,
    ('NEWLINE', 'NEWLINE'): -0.31,
    ('NEWLINE', 'PERIOD'): 0.25,
    ('NUMBER', 'BOS'): 2.59,
    ('NUMBER', 'CONTENT'): -0.57,
    ('PERIOD', 'BOS'): 3.14,
    ('PERIOD', 'CONTENT'): -0.85,
    ('PERIOD', 'DET'): -0.36,
    ('PERIOD', 'NAME'): -0.43,
    ('PERIOD', 'PERIOD'): 1.42,
    ('PERIOD', 'PREP'): -0.28,
    ('PREP', 'BOS'): 3.24,
    ('PREP', 'CONTENT'): -0.68,
    ('PREP', 'DET'): -0.41,
    ('PREP', 'NAME'): -0.42,
    ('PREP', 'PREP'): -0.28,
    ('PRON_OBJ', 'BOS'): 3.3,
    ('PRON_OBJ', 'CONTENT'): -0.36,
    ('PRON_OBJ', 'PREP'): -0.26,
    ('PRON_SUBJ', 'BOS'): 2.65,
    ('PRON_SUBJ', 'CONTENT'): -0.59,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'NAME'): -0.28,
    ('PRON_SUBJ', 'PERIOD'): 0.32,
    ('PRON_SUBJ', 'PREP'): -0.26,
    ('PRON_SUBJ', 'WH'): 0.41,
    ('PUNCT', 'BOS'): 0.29,
    ('QUOTE', 'BOS'): 1.91,
    ('QUOTE', 'CONTENT'): -0.43,
    ('TO', 'BOS'): 2.8,
    ('TO', 'CONTENT'): -0.57,
    ('TO', 'NAME'): -0.32,
    ('VERB_ED', 'BOS'): 3.32,
    ('VERB_ED', 'CONTENT'): -0.58,
    ('VERB_ED', 'DET'): -0.35,
    ('VERB_ED', 'PREP'): -0.26,
    ('VERB_ING', 'BOS'): 2.63,
    ('VERB_ING', 'CONTENT'): -0.29,
    ('VERB_ING', 'DET'): -0.32,
    ('WH', 'BOS'): 3.05,
    ('WH', 'CONTENT'): -0.47,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 0.31,
    ('AUX', 8): -0.51,
    ('COMMA', 1): -0.29,
    ('COMMA', 2): -0.31,
    ('CONJ', 1): -0.28,
    ('CONJ', 2): -0.26,
    ('CONTENT', 8): -1.1,
    ('DET', 0): 0.27,
    ('NEG', 8): 0.41,
    ('NEWLINE', 0): -0.26,
    ('NEWLINE', 2): 0.25,
    ('NEWLINE', 8): 0.44,
    ('NUMBER', 8): 0.42,
    ('PERIOD', 1): -0.36,
    ('PERIOD', 7): 0.26,
    ('PERIOD', 8): 0.73,
    ('PREP', 8): -0.43,
    ('PRON_SUBJ', 0): 0.33,
    ('PRON_SUBJ', 1): 0.94,
    ('QUOTE', 8): 0.4,
    ('VERB_ED', 1): 0.31,
    ('WH', 8): 0.4,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.58,
    1: 2.51,
    2: 1.83,
    3: 1.25,
    4: 0.86,
    5: 0.62,
    6: 0.47,
    7: 0.34,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.059999942779541, -0.23999999463558197, 0.5899999737739563, -0.8299999833106995, 0.3400000035762787


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
