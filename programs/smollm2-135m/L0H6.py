"""head: L0H6
heldout_iou: 0.630
heldout_iou_no_bos: 0.638
Log-linear fit: strongest class pairs CONTENT->PERIOD, PERIOD->PERIOD, NAME->PERIOD.

name: L0H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, PERIOD->PERIOD, NAME->PERIOD
origin: synthesized (search/loglinear)
target: L0H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.29,
    ('AUX', 'AUX'): 0.32,
    ('AUX', 'BOS'): -0.57,
    ('AUX', 'COMMA'): 0.26,
    ('AUX', 'CONTENT'): -0.55,
    ('AUX', 'NAME'): -0.41,
    ('AUX', 'PERIOD'): 0.67,
    ('AUX', 'TO'): 0.3,
    ('AUX', 'VERB_ED'): -0.33,
    ('COMMA', 'COMMA'): 0.27,
    ('COMMA', 'CONTENT'): -0.3,
    ('COMMA', 'PERIOD'): 0.49,
    ('CONJ', 'CONTENT'): -0.38,
    ('CONJ', 'NAME'): -0.32,
    ('CONJ', 'PERIOD'): 0.33,
    ('CONTENT', 'AUX'): 0.38,
    ('CONTENT', 'BOS'): -1.21,
    ('CONTENT', 'COMMA'): 0.74,
    ('CONTENT', 'CONJ'): 0.42,
    ('CONTENT', 'CONTENT'): -0.76,
    ('CONTENT', 'NAME'): -0.86,
    ('CONTENT', 'NEG'): 0.31,
    ('CONTENT', 'NEWLINE'): 0.38,
    ('CONTENT', 'PERIOD'): 1.03,
    ('CONTENT', 'PREP'): 0.43,
    ('CONTENT', 'PRON_OBJ'): -0.38,
    ('CONTENT', 'TO'): 0.61,
    ('CONTENT', 'VERB_ED'): -0.93,
    ('CONTENT', 'VERB_ING'): -0.74,
    ('DET', 'CONTENT'): -0.37,
    ('DET', 'NAME'): -0.4,
    ('DET', 'PERIOD'): 0.26,
    ('DET', 'TO'): 0.26,
    ('DET', 'VERB_ED'): -0.32,
    ('NAME', 'AUX'): 0.34,
    ('NAME', 'BOS'): -0.7,
    ('NAME', 'COMMA'): 0.56,
    ('NAME', 'CONJ'): 0.26,
    ('NAME', 'CONTENT'): -0.65,
    ('NAME', 'NAME'): -0.87,
    ('NAME', 'PERIOD'): 0.93,
    ('NAME', 'PREP'): 0.27,
    ('NAME', 'TO'): 0.38,
    ('NAME', 'VERB_ED'): -0.56,
    ('NAME', 'VERB_ING'): -0.27,
    ('NEWLINE', 'CONTENT'): -0.27,
    ('NEWLINE', 'PERIOD'): 0.31,
    ('NUMBER', 'CONTENT'): -0.39,
    ('NUMBER', 'PERIOD'): 0.42,
    ('PERIOD', 'BOS'): -0.29,
    ('PERIOD', 'COMMA'): 0.46,
    ('PERIOD', 'CONTENT'): -0.42,
    ('PERIOD', 'NAME'): -0.38,
    ('PERIOD', 'PERIOD'): 0.98,
    ('PERIOD', 'VERB_ED'): -0.26,
    ('PREP', 'BOS'): -0.37,
    ('PREP', 'COMMA'): 0.29,
    ('PREP', 'CONTENT'): -0.48,
    ('PREP', 'NAME'): -0.44,
    ('PREP', 'PERIOD'): 0.51,
    ('PREP', 'TO'): 0.32,
    ('PREP', 'VERB_ED'): -0.39,
    ('PREP', 'VERB_ING'): -0.26,
    ('PRON_OBJ', 'BOS'): -0.43,
    ('PRON_OBJ', 'COMMA'): 0.29,
    ('PRON_OBJ', 'CONTENT'): -0.7,
    ('PRON_OBJ', 'NAME'): -0.31,
    ('PRON_OBJ', 'PERIOD'): 0.88,
    ('PRON_OBJ', 'PRON_OBJ'): -0.29,
    ('PRON_OBJ', 'TO'): 0.4,
    ('PRON_OBJ', 'VERB_ED'): -0.34,
    ('PRON_OBJ', 'VERB_ING'): -0.26,
    ('PRON_SUBJ', 'AUX'): 0.26,
    ('PRON_SUBJ', 'BOS'): -0.41,
    ('PRON_SUBJ', 'CONTENT'): -0.55,
    ('PRON_SUBJ', 'NAME'): -0.41,
    ('PRON_SUBJ', 'PERIOD'): 0.69,
    ('PRON_SUBJ', 'TO'): 0.3,
    ('PRON_SUBJ', 'VERB_ED'): -0.34,
    ('QUOTE', 'CONTENT'): -0.31,
    ('TO', 'CONTENT'): -0.31,
    ('TO', 'NAME'): -0.3,
    ('TO', 'PERIOD'): 0.3,
    ('VERB_ED', 'BOS'): -0.5,
    ('VERB_ED', 'COMMA'): 0.35,
    ('VERB_ED', 'CONJ'): 0.29,
    ('VERB_ED', 'CONTENT'): -0.58,
    ('VERB_ED', 'NAME'): -0.4,
    ('VERB_ED', 'PERIOD'): 0.77,
    ('VERB_ED', 'PREP'): 0.26,
    ('VERB_ED', 'VERB_ED'): -0.51,
    ('VERB_ING', 'BOS'): -0.32,
    ('VERB_ING', 'CONTENT'): -0.55,
    ('VERB_ING', 'NAME'): -0.3,
    ('VERB_ING', 'PERIOD'): 0.51,
    ('VERB_ING', 'VERB_ING'): -0.35,
    ('WH', 'BOS'): -0.28,
    ('WH', 'CONTENT'): -0.46,
    ('WH', 'NAME'): -0.29,
    ('WH', 'PERIOD'): 0.52,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('DET', 0): 0.35,
    ('NAME', 0): -0.31,
    ('PERIOD', 0): 0.41,
    ('PERIOD', 1): -0.26,
    ('VERB_ED', 0): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.03999999910593033, 0.0, -0.05000000074505806, 0.15000000596046448, -0.05999999865889549


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
