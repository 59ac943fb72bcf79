"""head: L15H3
heldout_iou: 0.565
heldout_iou_no_bos: 0.517
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PRON_SUBJ->BOS.

name: L15H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PRON_SUBJ->BOS
origin: synthesized (search/loglinear)
target: L15H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.89,
    ('AUX', 'BOS'): 2.49,
    ('AUX', 'CONTENT'): -0.34,
    ('AUX', 'DET'): -0.41,
    ('AUX', 'PERIOD'): 0.87,
    ('AUX', 'PREP'): -0.32,
    ('COMMA', 'BOS'): 1.84,
    ('COMMA', 'CONTENT'): -0.61,
    ('COMMA', 'DET'): -0.29,
    ('COMMA', 'PERIOD'): 0.97,
    ('CONJ', 'BOS'): 2.19,
    ('CONJ', 'CONTENT'): -0.53,
    ('CONJ', 'DET'): -0.33,
    ('CONJ', 'PERIOD'): 0.88,
    ('CONJ', 'PREP'): -0.29,
    ('CONTENT', 'BOS'): 3.07,
    ('CONTENT', 'DET'): -0.64,
    ('CONTENT', 'NEWLINE'): 0.6,
    ('CONTENT', 'PERIOD'): 1.24,
    ('CONTENT', 'PREP'): -0.69,
    ('CONTENT', 'QUOTE'): 0.34,
    ('CONTENT', 'TO'): -0.55,
    ('DET', 'BOS'): 2.51,
    ('DET', 'CONTENT'): -0.27,
    ('DET', 'DET'): -0.44,
    ('DET', 'PERIOD'): 1.01,
    ('DET', 'PREP'): -0.45,
    ('NAME', 'BOS'): 2.85,
    ('NAME', 'DET'): -0.34,
    ('NAME', 'NAME'): 0.44,
    ('NAME', 'PERIOD'): 0.59,
    ('NAME', 'PREP'): -0.3,
    ('NEG', 'BOS'): 0.73,
    ('NEG', 'CONTENT'): -0.26,
    ('NEWLINE', 'BOS'): 1.51,
    ('NEWLINE', 'CONTENT'): -0.45,
    ('NUMBER', 'BOS'): 1.74,
    ('NUMBER', 'CONTENT'): -0.35,
    ('NUMBER', 'PERIOD'): 0.38,
    ('PERIOD', 'BOS'): 2.37,
    ('PERIOD', 'CONTENT'): -0.48,
    ('PERIOD', 'DET'): -0.43,
    ('PERIOD', 'NEWLINE'): 0.3,
    ('PERIOD', 'PERIOD'): 1.02,
    ('PERIOD', 'PREP'): -0.39,
    ('PREP', 'BOS'): 2.5,
    ('PREP', 'CONTENT'): -0.37,
    ('PREP', 'DET'): -0.44,
    ('PREP', 'NEWLINE'): 0.26,
    ('PREP', 'PERIOD'): 0.91,
    ('PREP', 'PREP'): -0.43,
    ('PRON_OBJ', 'BOS'): 2.49,
    ('PRON_OBJ', 'CONTENT'): -0.33,
    ('PRON_OBJ', 'DET'): -0.32,
    ('PRON_OBJ', 'PERIOD'): 0.51,
    ('PRON_OBJ', 'PREP'): -0.32,
    ('PRON_SUBJ', 'BOS'): 2.54,
    ('PRON_SUBJ', 'CONTENT'): -0.38,
    ('PRON_SUBJ', 'DET'): -0.37,
    ('PRON_SUBJ', 'PERIOD'): 0.88,
    ('PRON_SUBJ', 'PREP'): -0.31,
    ('QUOTE', 'BOS'): 0.97,
    ('TO', 'BOS'): 1.98,
    ('TO', 'CONTENT'): -0.32,
    ('TO', 'DET'): -0.27,
    ('TO', 'PERIOD'): 0.7,
    ('VERB_ED', 'BOS'): 2.45,
    ('VERB_ED', 'CONTENT'): -0.33,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ED', 'PERIOD'): 0.69,
    ('VERB_ED', 'PREP'): -0.29,
    ('VERB_ING', 'BOS'): 1.92,
    ('VERB_ING', 'CONTENT'): -0.26,
    ('VERB_ING', 'DET'): -0.33,
    ('VERB_ING', 'PERIOD'): 0.42,
    ('WH', 'BOS'): 2.05,
    ('WH', 'CONTENT'): -0.41,
    ('WH', 'PERIOD'): 0.64,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.07,
    1: 0.9,
    2: 0.7,
    3: 0.48,
    4: 0.33,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3400000035762787, -0.14000000059604645, 0.2800000011920929, -0.47999998927116394, 0.3499999940395355


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
