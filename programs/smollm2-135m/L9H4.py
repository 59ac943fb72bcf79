"""head: L9H4
heldout_iou: 0.384
heldout_iou_no_bos: 0.356
Log-linear fit: strongest class pairs PERIOD->BOS, CONTENT->BOS, DET->BOS.

name: L9H4
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, CONTENT->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L9H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.69,
    ('AUX', 'BOS'): 1.95,
    ('AUX', 'CONTENT'): -0.33,
    ('AUX', 'DET'): 0.64,
    ('AUX', 'NAME'): -0.35,
    ('AUX', 'PERIOD'): 0.45,
    ('AUX', 'PRON_SUBJ'): -0.37,
    ('COMMA', 'BOS'): 2.19,
    ('COMMA', 'COMMA'): -0.28,
    ('COMMA', 'CONTENT'): -0.42,
    ('COMMA', 'DET'): 0.99,
    ('COMMA', 'PERIOD'): 0.35,
    ('CONJ', 'BOS'): 2.18,
    ('CONJ', 'CONTENT'): -0.42,
    ('CONJ', 'DET'): 0.91,
    ('CONJ', 'NAME'): -0.31,
    ('CONJ', 'PERIOD'): 0.25,
    ('CONTENT', 'AUX'): -0.46,
    ('CONTENT', 'BOS'): 2.72,
    ('CONTENT', 'DET'): 0.95,
    ('CONTENT', 'PERIOD'): 0.7,
    ('CONTENT', 'PRON_OBJ'): -0.48,
    ('CONTENT', 'PRON_SUBJ'): -0.55,
    ('CONTENT', 'TO'): -0.28,
    ('CONTENT', 'VERB_ING'): 0.29,
    ('CONTENT', 'WH'): -0.27,
    ('DET', 'AUX'): -0.34,
    ('DET', 'BOS'): 2.67,
    ('DET', 'CONTENT'): -0.27,
    ('DET', 'DET'): 0.97,
    ('DET', 'NAME'): -0.37,
    ('DET', 'PERIOD'): 0.38,
    ('DET', 'PREP'): -0.31,
    ('DET', 'PRON_OBJ'): -0.26,
    ('DET', 'PRON_SUBJ'): -0.37,
    ('NAME', 'AUX'): -0.4,
    ('NAME', 'BOS'): 2.4,
    ('NAME', 'DET'): 0.7,
    ('NAME', 'NAME'): 0.3,
    ('NAME', 'PERIOD'): 0.5,
    ('NAME', 'PREP'): -0.3,
    ('NAME', 'VERB_ED'): -0.32,
    ('NEG', 'BOS'): 0.26,
    ('NEWLINE', 'BOS'): 1.55,
    ('NEWLINE', 'CONTENT'): -0.28,
    ('NEWLINE', 'DET'): 0.77,
    ('NEWLINE', 'NEWLINE'): -0.26,
    ('NUMBER', 'BOS'): 1.32,
    ('NUMBER', 'CONTENT'): -0.4,
    ('NUMBER', 'DET'): 0.61,
    ('PERIOD', 'BOS'): 2.86,
    ('PERIOD', 'DET'): 1.56,
    ('PERIOD', 'NAME'): -0.3,
    ('PREP', 'AUX'): -0.3,
    ('PREP', 'BOS'): 2.65,
    ('PREP', 'DET'): 1.08,
    ('PREP', 'NAME'): -0.4,
    ('PREP', 'PERIOD'): 0.27,
    ('PREP', 'PRON_SUBJ'): -0.37,
    ('PRON_OBJ', 'AUX'): -0.3,
    ('PRON_OBJ', 'BOS'): 1.77,
    ('PRON_OBJ', 'CONTENT'): -0.37,
    ('PRON_OBJ', 'DET'): 0.39,
    ('PRON_OBJ', 'PREP'): -0.43,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.33,
    ('PRON_OBJ', 'TO'): -0.26,
    ('PRON_SUBJ', 'BOS'): 1.73,
    ('PRON_SUBJ', 'CONTENT'): -0.31,
    ('PRON_SUBJ', 'DET'): 0.39,
    ('PRON_SUBJ', 'PERIOD'): 0.36,
    ('PRON_SUBJ', 'PREP'): -0.41,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.34,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.26,
    ('QUOTE', 'BOS'): 0.92,
    ('QUOTE', 'CONTENT'): -0.31,
    ('QUOTE', 'DET'): 0.49,
    ('TO', 'AUX'): -0.27,
    ('TO', 'BOS'): 2.12,
    ('TO', 'CONTENT'): -0.35,
    ('TO', 'DET'): 0.78,
    ('TO', 'NAME'): -0.39,
    ('TO', 'PRON_SUBJ'): -0.27,
    ('TO', 'TO'): -0.33,
    ('VERB_ED', 'AUX'): -0.3,
    ('VERB_ED', 'BOS'): 1.82,
    ('VERB_ED', 'DET'): 0.39,
    ('VERB_ED', 'NAME'): -0.34,
    ('VERB_ED', 'PERIOD'): 0.28,
    ('VERB_ED', 'PRON_SUBJ'): -0.3,
    ('VERB_ING', 'AUX'): -0.26,
    ('VERB_ING', 'BOS'): 1.15,
    ('VERB_ING', 'DET'): 0.4,
    ('WH', 'BOS'): 1.44,
    ('WH', 'CONTENT'): -0.31,
    ('WH', 'DET'): 0.57,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 2): -0.28,
    ('CONTENT', 0): 0.28,
    ('CONTENT', 8): -0.48,
    ('DET', 0): 0.37,
    ('NAME', 2): 0.48,
    ('NEWLINE', 8): 0.65,
    ('PERIOD', 0): 0.39,
    ('PERIOD', 8): 0.59,
    ('PREP', 1): 0.35,
    ('PRON_OBJ', 2): 0.28,
    ('PRON_SUBJ', 0): -0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.47,
    2: 2.0,
    3: 2.15,
    4: 2.0,
    5: 1.83,
    6: 1.75,
    7: 1.7,
    8: 1.44,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.9599999785423279, -0.28999999165534973, 0.33000001311302185, 0.03999999910593033, -0.23999999463558197


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
