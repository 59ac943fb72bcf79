"""head: L1H5
heldout_iou: 0.530
heldout_iou_no_bos: 0.535
Log-linear fit: strongest class pairs NAME->PERIOD, CONTENT->PERIOD, PERIOD->PERIOD.

name: L1H5
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->PERIOD, CONTENT->PERIOD, PERIOD->PERIOD
origin: synthesized (search/loglinear)
target: L1H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'CONTENT'): -0.27,
    ('ADV_LY', 'PERIOD'): 0.27,
    ('AUX', 'BOS'): -0.4,
    ('AUX', 'CONTENT'): -0.62,
    ('AUX', 'NAME'): -0.42,
    ('AUX', 'PERIOD'): 0.63,
    ('AUX', 'PREP'): 0.59,
    ('AUX', 'TO'): 0.64,
    ('AUX', 'WH'): 1.26,
    ('COMMA', 'CONTENT'): -0.63,
    ('COMMA', 'NAME'): -0.29,
    ('COMMA', 'PERIOD'): 1.17,
    ('COMMA', 'TO'): 0.51,
    ('CONJ', 'COMMA'): 0.85,
    ('CONJ', 'CONTENT'): -1.06,
    ('CONJ', 'DET'): 0.28,
    ('CONJ', 'NAME'): -0.52,
    ('CONJ', 'PERIOD'): 0.85,
    ('CONJ', 'PREP'): 0.48,
    ('CONJ', 'TO'): 0.56,
    ('CONJ', 'VERB_ED'): -0.3,
    ('CONTENT', 'ADV_LY'): -0.32,
    ('CONTENT', 'AUX'): 0.36,
    ('CONTENT', 'BOS'): -1.58,
    ('CONTENT', 'CONJ'): 0.5,
    ('CONTENT', 'CONTENT'): -1.01,
    ('CONTENT', 'DET'): 0.27,
    ('CONTENT', 'NAME'): -1.13,
    ('CONTENT', 'NEWLINE'): 0.26,
    ('CONTENT', 'NUMBER'): -0.35,
    ('CONTENT', 'PERIOD'): 1.38,
    ('CONTENT', 'PREP'): 0.69,
    ('CONTENT', 'PRON_OBJ'): -0.58,
    ('CONTENT', 'PRON_SUBJ'): -0.54,
    ('CONTENT', 'TO'): 1.29,
    ('CONTENT', 'VERB_ED'): -0.65,
    ('CONTENT', 'VERB_ING'): -0.75,
    ('DET', 'BOS'): -0.58,
    ('DET', 'CONTENT'): -0.37,
    ('DET', 'NAME'): -0.43,
    ('DET', 'PERIOD'): 1.18,
    ('DET', 'PREP'): 0.48,
    ('DET', 'PRON_SUBJ'): -0.28,
    ('DET', 'TO'): 0.61,
    ('NAME', 'AUX'): 0.26,
    ('NAME', 'BOS'): -0.62,
    ('NAME', 'CONTENT'): -0.77,
    ('NAME', 'NAME'): -0.83,
    ('NAME', 'PERIOD'): 1.52,
    ('NAME', 'PREP'): 0.58,
    ('NAME', 'TO'): 1.12,
    ('NAME', 'VERB_ED'): -0.38,
    ('NEWLINE', 'CONTENT'): -0.35,
    ('NEWLINE', 'NEWLINE'): 0.29,
    ('NEWLINE', 'PERIOD'): 0.29,
    ('NUMBER', 'BOS'): -0.29,
    ('NUMBER', 'CONTENT'): -0.44,
    ('NUMBER', 'PERIOD'): 0.7,
    ('NUMBER', 'PREP'): 0.32,
    ('PERIOD', 'CONTENT'): -0.46,
    ('PERIOD', 'NAME'): -0.25,
    ('PERIOD', 'NEG'): 0.41,
    ('PERIOD', 'NEWLINE'): 0.37,
    ('PERIOD', 'PERIOD'): 1.34,
    ('PERIOD', 'PREP'): 0.46,
    ('PERIOD', 'TO'): 0.74,
    ('PREP', 'CONTENT'): -0.64,
    ('PREP', 'DET'): 0.5,
    ('PREP', 'NAME'): -0.38,
    ('PREP', 'PERIOD'): 1.01,
    ('PREP', 'PREP'): 0.51,
    ('PREP', 'PRON_SUBJ'): -0.27,
    ('PREP', 'TO'): 0.79,
    ('PREP', 'VERB_ED'): -0.37,
    ('PRON_OBJ', 'CONJ'): 0.27,
    ('PRON_OBJ', 'CONTENT'): -0.78,
    ('PRON_OBJ', 'NAME'): -0.3,
    ('PRON_OBJ', 'PERIOD'): 1.32,
    ('PRON_OBJ', 'PREP'): 0.5,
    ('PRON_OBJ', 'PRON_OBJ'): -0.42,
    ('PRON_OBJ', 'PRON_SUBJ'): -0.28,
    ('PRON_OBJ', 'TO'): 0.75,
    ('PRON_OBJ', 'VERB_ED'): -0.28,
    ('PRON_SUBJ', 'BOS'): -0.31,
    ('PRON_SUBJ', 'COMMA'): 0.4,
    ('PRON_SUBJ', 'CONTENT'): -0.86,
    ('PRON_SUBJ', 'NAME'): -0.41,
    ('PRON_SUBJ', 'PERIOD'): 1.19,
    ('PRON_SUBJ', 'PREP'): 0.39,
    ('PRON_SUBJ', 'PRON_OBJ'): -0.29,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.51,
    ('PRON_SUBJ', 'TO'): 0.72,
    ('QUOTE', 'CONTENT'): -0.33,
    ('QUOTE', 'QUOTE'): 1.17,
    ('TO', 'CONTENT'): -0.49,
    ('TO', 'PERIOD'): 0.43,
    ('TO', 'PREP'): 0.37,
    ('TO', 'TO'): 0.76,
    ('VERB_ED', 'BOS'): -0.51,
    ('VERB_ED', 'CONJ'): 0.3,
    ('VERB_ED', 'CONTENT'): -0.92,
    ('VERB_ED', 'DET'): 0.52,
    ('VERB_ED', 'NAME'): -0.57,
    ('VERB_ED', 'PERIOD'): 0.88,
    ('VERB_ED', 'PREP'): 0.41,
    ('VERB_ED', 'PRON_SUBJ'): -0.25,
    ('VERB_ED', 'TO'): 0.71,
    ('VERB_ED', 'VERB_ED'): -0.55,
    ('VERB_ED', 'WH'): 0.32,
    ('VERB_ING', 'BOS'): -0.28,
    ('VERB_ING', 'CONTENT'): -0.79,
    ('VERB_ING', 'NAME'): -0.36,
    ('VERB_ING', 'PERIOD'): 0.8,
    ('VERB_ING', 'PREP'): 0.42,
    ('VERB_ING', 'TO'): 0.64,
    ('VERB_ING', 'VERB_ING'): -0.42,
    ('WH', 'CONTENT'): -0.43,
    ('WH', 'DET'): 0.33,
    ('WH', 'NAME'): -0.33,
    ('WH', 'PERIOD'): 0.47,
    ('WH', 'TO'): 0.38,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.26,
    ('AUX', 8): -0.31,
    ('COMMA', 0): 0.33,
    ('COMMA', 1): -0.41,
    ('COMMA', 2): -0.26,
    ('COMMA', 8): 0.36,
    ('CONJ', 0): 0.33,
    ('CONJ', 1): 0.62,
    ('CONJ', 8): -0.32,
    ('NAME', 8): 0.47,
    ('PERIOD', 1): -0.6,
    ('PERIOD', 2): -0.33,
    ('PERIOD', 8): 0.78,
    ('PREP', 0): 0.4,
    ('PREP', 1): 0.37,
    ('PREP', 2): 0.29,
    ('PRON_SUBJ', 1): 0.26,
    ('QUOTE', 0): -0.53,
    ('QUOTE', 1): -0.28,
    ('TO', 0): 0.78,
    ('TO', 8): -0.42,
    ('VERB_ED', 0): -0.28,
    ('VERB_ED', 1): -0.28,
    ('VERB_ED', 2): 0.3,
    ('VERB_ING', 0): -0.26,
    ('WH', 1): 0.48,
    ('WH', 8): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.16,
    2: 1.08,
    3: 0.88,
    4: 0.71,
    5: 0.67,
    6: 0.64,
    7: 0.63,
    8: 0.54,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.05000000074505806, -0.029999999329447746, 0.20999999344348907, 0.75, -0.5799999833106995


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
