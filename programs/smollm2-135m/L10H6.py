"""head: L10H6
heldout_iou: 0.435
heldout_iou_no_bos: 0.438
Log-linear fit: strongest class pairs CONTENT->DET, CONJ->DET, NAME->DET.

name: L10H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->DET, CONJ->DET, NAME->DET
origin: synthesized (search/loglinear)
target: L10H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'DET'): 0.98,
    ('AUX', 'NAME'): -0.47,
    ('AUX', 'PERIOD'): 0.37,
    ('AUX', 'PRON_SUBJ'): -0.31,
    ('AUX', 'WH'): 0.33,
    ('COMMA', 'DET'): 1.0,
    ('COMMA', 'NAME'): -0.38,
    ('COMMA', 'PERIOD'): 0.31,
    ('CONJ', 'CONTENT'): -0.26,
    ('CONJ', 'DET'): 1.33,
    ('CONJ', 'NAME'): -0.4,
    ('CONJ', 'PERIOD'): 0.56,
    ('CONTENT', 'BOS'): 0.26,
    ('CONTENT', 'DET'): 1.6,
    ('CONTENT', 'NAME'): -0.54,
    ('CONTENT', 'PERIOD'): 0.73,
    ('CONTENT', 'PRON_OBJ'): -0.32,
    ('CONTENT', 'PRON_SUBJ'): -0.38,
    ('DET', 'CONTENT'): 0.31,
    ('DET', 'DET'): 0.44,
    ('DET', 'NAME'): -0.34,
    ('DET', 'PREP'): 0.44,
    ('DET', 'PRON_OBJ'): -0.29,
    ('DET', 'PRON_SUBJ'): -0.34,
    ('DET', 'VERB_ED'): 0.57,
    ('DET', 'VERB_ING'): 0.36,
    ('NAME', 'DET'): 1.32,
    ('NAME', 'NAME'): 0.4,
    ('NAME', 'PERIOD'): 0.44,
    ('NEG', 'DET'): 0.41,
    ('NEWLINE', 'CONTENT'): -0.34,
    ('NEWLINE', 'DET'): 0.28,
    ('NEWLINE', 'PERIOD'): 0.84,
    ('NUMBER', 'DET'): 0.94,
    ('PERIOD', 'DET'): 0.94,
    ('PERIOD', 'NAME'): -0.54,
    ('PERIOD', 'PERIOD'): 0.57,
    ('PREP', 'CONTENT'): 0.26,
    ('PREP', 'DET'): 0.82,
    ('PREP', 'NAME'): -0.34,
    ('PREP', 'PRON_OBJ'): -0.29,
    ('PREP', 'PRON_SUBJ'): -0.31,
    ('PREP', 'VERB_ED'): 0.55,
    ('PREP', 'VERB_ING'): 0.42,
    ('PRON_OBJ', 'DET'): 0.47,
    ('PRON_OBJ', 'VERB_ED'): 0.41,
    ('PRON_SUBJ', 'DET'): 1.04,
    ('PRON_SUBJ', 'NAME'): -0.25,
    ('PRON_SUBJ', 'PERIOD'): 0.35,
    ('PRON_SUBJ', 'WH'): 0.31,
    ('QUOTE', 'DET'): 0.37,
    ('QUOTE', 'PERIOD'): 0.25,
    ('TO', 'CONTENT'): 0.27,
    ('TO', 'DET'): 0.38,
    ('TO', 'NAME'): -0.28,
    ('TO', 'VERB_ED'): 0.58,
    ('VERB_ED', 'CONTENT'): -0.26,
    ('VERB_ED', 'DET'): 1.16,
    ('VERB_ED', 'NAME'): -0.39,
    ('VERB_ED', 'PERIOD'): 0.63,
    ('VERB_ED', 'PRON_SUBJ'): -0.27,
    ('VERB_ING', 'DET'): 1.14,
    ('VERB_ING', 'PERIOD'): 0.27,
    ('WH', 'DET'): 0.85,
    ('WH', 'VERB_ED'): 0.3,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.39,
    ('COMMA', 2): -0.29,
    ('CONTENT', 0): 0.35,
    ('CONTENT', 1): -0.44,
    ('CONTENT', 8): 0.28,
    ('DET', 0): -0.36,
    ('DET', 1): 0.85,
    ('DET', 2): 0.41,
    ('DET', 8): -0.38,
    ('NAME', 0): 0.44,
    ('NAME', 1): -0.46,
    ('NAME', 8): 0.38,
    ('NUMBER', 0): -0.25,
    ('PERIOD', 0): -0.35,
    ('PERIOD', 1): -0.45,
    ('PERIOD', 2): -0.31,
    ('PERIOD', 8): 0.36,
    ('PREP', 1): 0.32,
    ('PREP', 8): -0.4,
    ('PRON_OBJ', 1): 0.94,
    ('PRON_OBJ', 8): -0.27,
    ('PRON_SUBJ', 1): 0.25,
    ('TO', 1): 0.29,
    ('TO', 8): -0.44,
    ('VERB_ED', 1): -0.35,
    ('VERB_ING', 1): -0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.87,
    1: 1.72,
    2: 1.04,
    3: 0.68,
    4: 0.43,
    5: 0.27,
    6: 0.29,
    7: 0.26,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.28999999165534973, -0.05000000074505806, 0.23999999463558197, 0.0, -0.25999999046325684


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
