"""head: L13H2
heldout_iou: 0.470
heldout_iou_no_bos: 0.425
Log-linear fit: strongest class pairs CONTENT->BOS, VERB_ED->BOS, PRON_SUBJ->BOS.

name: L13H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, VERB_ED->BOS, PRON_SUBJ->BOS
origin: synthesized (search/loglinear)
target: L13H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.94,
    ('ADV_LY', 'CONTENT'): -0.27,
    ('AUX', 'BOS'): 3.43,
    ('AUX', 'CONTENT'): -0.71,
    ('AUX', 'DET'): -0.26,
    ('AUX', 'NAME'): -0.49,
    ('AUX', 'PERIOD'): 0.57,
    ('COMMA', 'BOS'): 2.25,
    ('COMMA', 'CONTENT'): -0.74,
    ('COMMA', 'DET'): -0.25,
    ('COMMA', 'NAME'): -0.54,
    ('COMMA', 'PERIOD'): 0.59,
    ('CONJ', 'BOS'): 2.75,
    ('CONJ', 'CONTENT'): -0.76,
    ('CONJ', 'NAME'): -0.6,
    ('CONJ', 'PERIOD'): 0.49,
    ('CONTENT', 'BOS'): 4.49,
    ('CONTENT', 'COMMA'): -0.36,
    ('CONTENT', 'CONTENT'): -0.46,
    ('CONTENT', 'NAME'): -0.9,
    ('CONTENT', 'PERIOD'): 0.71,
    ('CONTENT', 'PRON_SUBJ'): -0.57,
    ('CONTENT', 'TO'): -0.32,
    ('DET', 'BOS'): 3.41,
    ('DET', 'CONTENT'): -0.59,
    ('DET', 'DET'): -0.31,
    ('DET', 'NAME'): -0.65,
    ('DET', 'PERIOD'): 0.35,
    ('DET', 'PRON_SUBJ'): -0.28,
    ('NAME', 'BOS'): 2.36,
    ('NAME', 'DET'): -0.27,
    ('NAME', 'NAME'): -1.18,
    ('NAME', 'VERB_ED'): 0.36,
    ('NEG', 'BOS'): 1.13,
    ('NEG', 'CONTENT'): -0.34,
    ('NEWLINE', 'BOS'): 2.27,
    ('NEWLINE', 'CONTENT'): -0.51,
    ('NUMBER', 'BOS'): 2.0,
    ('NUMBER', 'CONTENT'): -0.51,
    ('PERIOD', 'BOS'): 2.98,
    ('PERIOD', 'CONTENT'): -0.85,
    ('PERIOD', 'DET'): -0.46,
    ('PERIOD', 'NAME'): -0.68,
    ('PERIOD', 'PERIOD'): 0.66,
    ('PERIOD', 'PREP'): -0.32,
    ('PERIOD', 'PRON_OBJ'): -0.27,
    ('PREP', 'BOS'): 3.35,
    ('PREP', 'CONTENT'): -0.7,
    ('PREP', 'NAME'): -0.57,
    ('PREP', 'PERIOD'): 0.35,
    ('PRON_OBJ', 'BOS'): 3.03,
    ('PRON_OBJ', 'CONTENT'): -0.47,
    ('PRON_OBJ', 'NAME'): -0.25,
    ('PRON_SUBJ', 'BOS'): 3.52,
    ('PRON_SUBJ', 'CONTENT'): -0.72,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'NAME'): -0.32,
    ('PRON_SUBJ', 'PERIOD'): 0.34,
    ('QUOTE', 'BOS'): 1.28,
    ('QUOTE', 'CONTENT'): -0.43,
    ('TO', 'BOS'): 2.98,
    ('TO', 'CONTENT'): -0.63,
    ('TO', 'NAME'): -0.45,
    ('VERB_ED', 'BOS'): 3.72,
    ('VERB_ED', 'CONTENT'): -0.5,
    ('VERB_ING', 'AUX'): -0.27,
    ('VERB_ING', 'BOS'): 2.41,
    ('VERB_ING', 'CONTENT'): -0.37,
    ('VERB_ING', 'DET'): -0.3,
    ('WH', 'BOS'): 2.67,
    ('WH', 'CONTENT'): -0.56,
    ('WH', 'NAME'): -0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.42,
    ('COMMA', 0): -0.49,
    ('COMMA', 1): -0.88,
    ('COMMA', 2): -0.45,
    ('COMMA', 8): -0.27,
    ('CONJ', 1): -0.73,
    ('CONTENT', 0): 0.61,
    ('CONTENT', 1): 0.64,
    ('CONTENT', 2): 0.65,
    ('CONTENT', 3): 0.37,
    ('CONTENT', 6): -0.31,
    ('CONTENT', 7): -0.35,
    ('CONTENT', 8): -0.97,
    ('DET', 1): 0.67,
    ('DET', 2): 0.28,
    ('DET', 8): -0.33,
    ('NAME', 1): 0.9,
    ('NAME', 2): 0.57,
    ('NAME', 8): -0.52,
    ('NEG', 8): 0.41,
    ('NEWLINE', 8): 0.55,
    ('NUMBER', 1): 0.38,
    ('PERIOD', 1): -0.8,
    ('PERIOD', 2): -0.6,
    ('PERIOD', 3): -0.29,
    ('PERIOD', 7): 0.31,
    ('PERIOD', 8): 0.58,
    ('PREP', 3): 0.33,
    ('PREP', 8): -0.39,
    ('PRON_OBJ', 1): 0.61,
    ('PRON_SUBJ', 1): 0.51,
    ('TO', 1): -0.33,
    ('VERB_ING', 1): 0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.45,
    1: 3.28,
    2: 2.77,
    3: 2.2,
    4: 1.62,
    5: 1.13,
    6: 0.67,
    7: 0.43,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8299999833106995, -0.3499999940395355, 1.0199999809265137, -0.9700000286102295, 0.5699999928474426


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
