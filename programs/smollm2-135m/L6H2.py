"""head: L6H2
heldout_iou: 0.303
heldout_iou_no_bos: 0.240
Log-linear fit: strongest class pairs CONTENT->BOS, CONTENT->DET, NAME->BOS.

name: L6H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, CONTENT->DET, NAME->BOS
origin: synthesized (search/loglinear)
target: L6H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.27,
    ('ADV_LY', 'BOS'): 1.04,
    ('ADV_LY', 'CONTENT'): -0.26,
    ('ADV_LY', 'DET'): 0.37,
    ('AUX', 'BOS'): 2.4,
    ('AUX', 'CONTENT'): -0.37,
    ('AUX', 'DET'): 1.92,
    ('AUX', 'NAME'): -0.28,
    ('AUX', 'NUMBER'): 0.26,
    ('COMMA', 'BOS'): 1.01,
    ('COMMA', 'CONTENT'): -0.54,
    ('COMMA', 'DET'): 0.69,
    ('COMMA', 'NAME'): -0.36,
    ('COMMA', 'PRON_SUBJ'): 0.3,
    ('CONJ', 'BOS'): 1.28,
    ('CONJ', 'CONTENT'): -0.68,
    ('CONJ', 'DET'): 0.78,
    ('CONJ', 'NAME'): -0.55,
    ('CONJ', 'PERIOD'): -0.32,
    ('CONJ', 'PRON_SUBJ'): 0.29,
    ('CONTENT', 'BOS'): 3.75,
    ('CONTENT', 'DET'): 3.41,
    ('CONTENT', 'NAME'): -0.27,
    ('CONTENT', 'NEG'): 0.25,
    ('CONTENT', 'NUMBER'): 0.85,
    ('CONTENT', 'PERIOD'): -0.45,
    ('CONTENT', 'PREP'): -0.44,
    ('CONTENT', 'PRON_SUBJ'): -0.27,
    ('CONTENT', 'PUNCT'): 0.33,
    ('CONTENT', 'VERB_ED'): 0.38,
    ('DET', 'BOS'): 2.62,
    ('DET', 'CONTENT'): -0.39,
    ('DET', 'DET'): 2.19,
    ('DET', 'NAME'): -0.33,
    ('DET', 'PREP'): -0.25,
    ('NAME', 'BOS'): 3.03,
    ('NAME', 'DET'): 2.42,
    ('NAME', 'NAME'): -0.47,
    ('NAME', 'NUMBER'): 0.44,
    ('NEG', 'BOS'): 0.46,
    ('NEG', 'CONTENT'): -0.35,
    ('NEG', 'DET'): 0.6,
    ('NEWLINE', 'BOS'): 0.62,
    ('NEWLINE', 'CONTENT'): -0.39,
    ('NEWLINE', 'NAME'): -0.25,
    ('NEWLINE', 'PERIOD'): 0.44,
    ('NUMBER', 'BOS'): 1.38,
    ('NUMBER', 'CONTENT'): -0.5,
    ('NUMBER', 'DET'): 1.4,
    ('PERIOD', 'BOS'): 0.34,
    ('PERIOD', 'COMMA'): 0.46,
    ('PERIOD', 'CONJ'): 0.5,
    ('PERIOD', 'CONTENT'): -0.7,
    ('PERIOD', 'NAME'): -0.77,
    ('PERIOD', 'PREP'): -0.32,
    ('PERIOD', 'PRON_SUBJ'): 0.59,
    ('PERIOD', 'QUOTE'): 0.55,
    ('PERIOD', 'VERB_ING'): -0.3,
    ('PREP', 'BOS'): 2.76,
    ('PREP', 'CONTENT'): -0.31,
    ('PREP', 'DET'): 2.46,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PREP'): -0.29,
    ('PRON_OBJ', 'BOS'): 2.32,
    ('PRON_OBJ', 'CONTENT'): -0.35,
    ('PRON_OBJ', 'DET'): 1.84,
    ('PRON_SUBJ', 'BOS'): 2.19,
    ('PRON_SUBJ', 'CONTENT'): -0.44,
    ('PRON_SUBJ', 'DET'): 1.58,
    ('PRON_SUBJ', 'NAME'): -0.25,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('QUOTE', 'BOS'): 0.44,
    ('QUOTE', 'QUOTE'): 0.31,
    ('TO', 'BOS'): 2.13,
    ('TO', 'CONTENT'): -0.47,
    ('TO', 'DET'): 1.81,
    ('TO', 'NAME'): -0.29,
    ('VERB_ED', 'BOS'): 2.47,
    ('VERB_ED', 'CONTENT'): -0.38,
    ('VERB_ED', 'DET'): 1.86,
    ('VERB_ING', 'BOS'): 1.8,
    ('VERB_ING', 'CONTENT'): -0.42,
    ('VERB_ING', 'DET'): 1.84,
    ('WH', 'BOS'): 1.42,
    ('WH', 'CONTENT'): -0.47,
    ('WH', 'DET'): 1.14,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): 0.35,
    ('COMMA', 8): -0.84,
    ('CONJ', 8): -1.01,
    ('CONTENT', 8): 0.29,
    ('DET', 1): 0.29,
    ('NAME', 3): -0.39,
    ('NAME', 8): 0.34,
    ('PERIOD', 8): -0.54,
    ('PREP', 8): 0.38,
    ('PRON_OBJ', 8): 0.5,
    ('QUOTE', 8): -0.47,
    ('TO', 8): 0.28,
    ('VERB_ED', 8): 0.48,
    ('VERB_ING', 8): 0.32,
    ('WH', 8): -0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.26,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6299999952316284, 0.25, 0.18000000715255737, -0.17000000178813934, 0.28999999165534973


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
