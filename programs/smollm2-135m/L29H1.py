"""head: L29H1
heldout_iou: 0.570
heldout_iou_no_bos: 0.594
Log-linear fit: strongest class pairs DET->BOS, CONTENT->BOS, NAME->BOS.

name: L29H1
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->BOS, CONTENT->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L29H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.37,
    ('AUX', 'BOS'): 1.86,
    ('AUX', 'DET'): -0.36,
    ('COMMA', 'BOS'): 1.16,
    ('COMMA', 'CONTENT'): -0.37,
    ('COMMA', 'PERIOD'): 1.01,
    ('CONJ', 'BOS'): 1.03,
    ('CONJ', 'CONTENT'): -0.6,
    ('CONJ', 'DET'): -0.32,
    ('CONJ', 'NAME'): -0.32,
    ('CONJ', 'PERIOD'): 0.77,
    ('CONTENT', 'BOS'): 2.87,
    ('CONTENT', 'DET'): -0.53,
    ('CONTENT', 'NAME'): -0.51,
    ('CONTENT', 'NUMBER'): -0.31,
    ('CONTENT', 'PERIOD'): 0.91,
    ('CONTENT', 'PRON_OBJ'): -0.33,
    ('CONTENT', 'PRON_SUBJ'): -0.34,
    ('CONTENT', 'TO'): -0.37,
    ('DET', 'BOS'): 2.95,
    ('DET', 'CONTENT'): -0.33,
    ('DET', 'NAME'): -0.25,
    ('DET', 'PERIOD'): -0.32,
    ('NAME', 'BOS'): 2.84,
    ('NEWLINE', 'BOS'): 0.74,
    ('NEWLINE', 'CONTENT'): -0.36,
    ('NEWLINE', 'PERIOD'): 0.52,
    ('NUMBER', 'BOS'): 1.24,
    ('PERIOD', 'BOS'): 1.88,
    ('PERIOD', 'COMMA'): 0.37,
    ('PERIOD', 'CONTENT'): -0.59,
    ('PERIOD', 'DET'): -0.39,
    ('PERIOD', 'NAME'): -0.28,
    ('PERIOD', 'PERIOD'): 1.28,
    ('PREP', 'BOS'): 2.43,
    ('PREP', 'CONTENT'): -0.46,
    ('PREP', 'DET'): -0.36,
    ('PREP', 'NAME'): -0.33,
    ('PREP', 'PERIOD'): 0.85,
    ('PREP', 'PRON_SUBJ'): -0.3,
    ('PRON_OBJ', 'BOS'): 2.14,
    ('PRON_SUBJ', 'BOS'): 1.46,
    ('PRON_SUBJ', 'PERIOD'): -0.28,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.79,
    ('QUOTE', 'BOS'): 0.4,
    ('QUOTE', 'CONTENT'): -0.27,
    ('TO', 'BOS'): 1.92,
    ('TO', 'CONTENT'): -0.44,
    ('VERB_ED', 'BOS'): 1.87,
    ('VERB_ED', 'CONTENT'): -0.47,
    ('VERB_ED', 'DET'): -0.35,
    ('VERB_ED', 'PERIOD'): 0.76,
    ('VERB_ED', 'PRON_SUBJ'): -0.25,
    ('VERB_ING', 'BOS'): 1.32,
    ('VERB_ING', 'CONTENT'): -0.28,
    ('VERB_ING', 'PERIOD'): 0.3,
    ('WH', 'BOS'): 0.72,
    ('WH', 'CONTENT'): -0.38,
    ('WH', 'PERIOD'): 0.97,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 8): -0.27,
    ('CONTENT', 0): 0.52,
    ('CONTENT', 2): 0.3,
    ('CONTENT', 8): -0.4,
    ('DET', 0): 0.3,
    ('DET', 1): 0.58,
    ('NAME', 0): 0.46,
    ('PERIOD', 0): -0.53,
    ('PERIOD', 8): 0.67,
    ('PRON_OBJ', 1): 0.36,
    ('PRON_SUBJ', 0): 0.45,
    ('TO', 1): -0.27,
    ('VERB_ED', 1): -0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.61,
    1: 1.35,
    2: 0.76,
    3: 0.48,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.0, -0.20999999344348907, 0.23000000417232513, -0.2199999988079071, -0.4300000071525574


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
