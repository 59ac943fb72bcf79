"""head: L1H6
heldout_iou: 0.501
heldout_iou_no_bos: 0.504
Log-linear fit: strongest class pairs CONTENT->COMMA, AUX->PERIOD, CONTENT->PERIOD.

name: L1H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->COMMA, AUX->PERIOD, CONTENT->PERIOD
origin: synthesized (search/loglinear)
target: L1H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.35,
    ('AUX', 'AUX'): -0.37,
    ('AUX', 'BOS'): -0.44,
    ('AUX', 'COMMA'): 1.06,
    ('AUX', 'CONJ'): 0.63,
    ('AUX', 'CONTENT'): -0.99,
    ('AUX', 'DET'): 0.41,
    ('AUX', 'NAME'): -0.37,
    ('AUX', 'NEWLINE'): 0.29,
    ('AUX', 'PERIOD'): 1.75,
    ('AUX', 'TO'): 0.81,
    ('COMMA', 'COMMA'): 0.49,
    ('COMMA', 'CONTENT'): -0.74,
    ('COMMA', 'NAME'): -0.26,
    ('COMMA', 'NEWLINE'): 0.25,
    ('COMMA', 'PERIOD'): 1.12,
    ('COMMA', 'TO'): 0.3,
    ('CONJ', 'COMMA'): 0.66,
    ('CONJ', 'CONJ'): 0.44,
    ('CONJ', 'CONTENT'): -0.75,
    ('CONJ', 'NAME'): -0.31,
    ('CONJ', 'PERIOD'): 1.26,
    ('CONJ', 'TO'): 0.37,
    ('CONTENT', 'BOS'): -1.03,
    ('CONTENT', 'COMMA'): 1.77,
    ('CONTENT', 'CONJ'): 1.12,
    ('CONTENT', 'CONTENT'): -0.67,
    ('CONTENT', 'DET'): 0.52,
    ('CONTENT', 'NAME'): -0.77,
    ('CONTENT', 'NEWLINE'): 0.7,
    ('CONTENT', 'PERIOD'): 1.73,
    ('CONTENT', 'PREP'): 0.54,
    ('CONTENT', 'PRON_OBJ'): -0.5,
    ('CONTENT', 'PRON_SUBJ'): -0.35,
    ('CONTENT', 'PUNCT'): 0.26,
    ('CONTENT', 'QUOTE'): 0.5,
    ('CONTENT', 'TO'): 1.23,
    ('CONTENT', 'VERB_ED'): -0.47,
    ('DET', 'BOS'): -0.53,
    ('DET', 'COMMA'): 0.83,
    ('DET', 'CONJ'): 0.49,
    ('DET', 'CONTENT'): -0.64,
    ('DET', 'NAME'): -0.42,
    ('DET', 'PERIOD'): 1.21,
    ('DET', 'PRON_OBJ'): -0.27,
    ('DET', 'TO'): 0.55,
    ('DET', 'VERB_ED'): -0.33,
    ('NAME', 'AUX'): -0.32,
    ('NAME', 'BOS'): -0.32,
    ('NAME', 'COMMA'): 1.11,
    ('NAME', 'CONJ'): 0.8,
    ('NAME', 'CONTENT'): -1.14,
    ('NAME', 'DET'): 0.66,
    ('NAME', 'NEWLINE'): 0.35,
    ('NAME', 'PERIOD'): 1.42,
    ('NAME', 'TO'): 0.91,
    ('NAME', 'VERB_ED'): -0.68,
    ('NEWLINE', 'CONTENT'): -0.49,
    ('NEWLINE', 'NEWLINE'): 0.28,
    ('NEWLINE', 'PERIOD'): 0.68,
    ('NUMBER', 'COMMA'): 0.33,
    ('NUMBER', 'CONTENT'): -0.49,
    ('NUMBER', 'PERIOD'): 0.74,
    ('NUMBER', 'TO'): 0.26,
    ('PERIOD', 'COMMA'): 0.63,
    ('PERIOD', 'CONJ'): 0.45,
    ('PERIOD', 'CONTENT'): -0.96,
    ('PERIOD', 'NAME'): -0.39,
    ('PERIOD', 'NEWLINE'): 0.82,
    ('PERIOD', 'PERIOD'): 1.36,
    ('PERIOD', 'QUOTE'): 0.3,
    ('PERIOD', 'TO'): 0.44,
    ('PERIOD', 'VERB_ED'): -0.3,
    ('PREP', 'AUX'): -0.25,
    ('PREP', 'COMMA'): 0.45,
    ('PREP', 'NAME'): -0.34,
    ('PREP', 'PRON_OBJ'): -0.42,
    ('PREP', 'PRON_SUBJ'): -0.32,
    ('PREP', 'VERB_ED'): 0.71,
    ('PREP', 'VERB_ING'): 0.42,
    ('PRON_OBJ', 'COMMA'): 0.59,
    ('PRON_OBJ', 'CONTENT'): -0.64,
    ('PRON_OBJ', 'DET'): 0.3,
    ('PRON_OBJ', 'PERIOD'): 0.94,
    ('PRON_OBJ', 'TO'): 0.6,
    ('PRON_SUBJ', 'COMMA'): 0.93,
    ('PRON_SUBJ', 'CONJ'): 0.42,
    ('PRON_SUBJ', 'CONTENT'): -0.86,
    ('PRON_SUBJ', 'DET'): 0.4,
    ('PRON_SUBJ', 'NAME'): -0.25,
    ('PRON_SUBJ', 'NEWLINE'): 0.3,
    ('PRON_SUBJ', 'PERIOD'): 1.22,
    ('PRON_SUBJ', 'QUOTE'): 0.26,
    ('PRON_SUBJ', 'TO'): 0.76,
    ('QUOTE', 'CONTENT'): -0.47,
    ('QUOTE', 'NEWLINE'): 0.49,
    ('QUOTE', 'PERIOD'): 0.47,
    ('TO', 'CONTENT'): 0.36,
    ('TO', 'NAME'): -0.33,
    ('TO', 'PRON_OBJ'): -0.31,
    ('TO', 'VERB_ED'): 0.8,
    ('VERB_ED', 'BOS'): -0.32,
    ('VERB_ED', 'COMMA'): 0.99,
    ('VERB_ED', 'CONJ'): 0.62,
    ('VERB_ED', 'CONTENT'): -0.92,
    ('VERB_ED', 'DET'): 0.51,
    ('VERB_ED', 'NAME'): -0.36,
    ('VERB_ED', 'PERIOD'): 1.41,
    ('VERB_ED', 'PRON_SUBJ'): -0.26,
    ('VERB_ED', 'TO'): 0.53,
    ('VERB_ED', 'VERB_ED'): -0.46,
    ('VERB_ING', 'COMMA'): 0.41,
    ('VERB_ING', 'CONJ'): 0.38,
    ('VERB_ING', 'CONTENT'): -0.78,
    ('VERB_ING', 'PERIOD'): 0.86,
    ('VERB_ING', 'TO'): 0.3,
    ('VERB_ING', 'VERB_ING'): -0.25,
    ('WH', 'COMMA'): 0.42,
    ('WH', 'CONTENT'): -0.6,
    ('WH', 'NAME'): -0.3,
    ('WH', 'PERIOD'): 0.71,
    ('WH', 'TO'): 0.39,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.5,
    ('AUX', 8): 0.28,
    ('COMMA', 1): -0.35,
    ('CONJ', 0): 0.43,
    ('NAME', 0): -0.3,
    ('NEWLINE', 1): -0.35,
    ('NEWLINE', 8): 0.5,
    ('PERIOD', 0): -0.49,
    ('PERIOD', 1): -0.88,
    ('PERIOD', 2): -0.5,
    ('PERIOD', 8): 0.72,
    ('PREP', 0): 0.36,
    ('PREP', 1): 1.14,
    ('PREP', 8): -0.88,
    ('PRON_OBJ', 1): 0.33,
    ('PRON_SUBJ', 0): 0.41,
    ('PRON_SUBJ', 8): 0.3,
    ('QUOTE', 1): -0.27,
    ('QUOTE', 8): 0.32,
    ('TO', 0): 0.26,
    ('TO', 1): 1.29,
    ('TO', 8): -0.9,
    ('VERB_ED', 0): -0.55,
    ('VERB_ED', 1): -0.49,
    ('VERB_ING', 0): -0.42,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.54,
    2: 0.89,
    3: 0.54,
    4: 0.3,
    5: 0.27,
    6: 0.26,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.33000001311302185, 0.1899999976158142, 0.18000000715255737, 0.38999998569488525, -0.44999998807907104


def attention(ctx):
    cls = C.token_class(ctx)
    logits = (
        C.pair_logits(cls, PAIR)
        + C.query_offset_logits(cls, QUERY_OFFSET)
        + C.offset_logits(ctx.n, OFFSET)
        + SAME_TOKEN * C.same_token(ctx)
        + INDUCTION * C.induction(ctx)
        + SAME_SENTENCE * C.same_sentence(ctx)
        + EMBED_COSINE * ctx.embed_cosine
        + LOG_DISTANCE * C.log_distance(ctx.n)
    )
    return C.softmax_scores(logits)
