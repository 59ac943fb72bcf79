"""head: L2H4
heldout_iou: 0.402
heldout_iou_no_bos: 0.373
Log-linear fit: strongest class pairs CONTENT->PERIOD, CONTENT->COMMA, DET->BOS.

name: L2H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, CONTENT->COMMA, DET->BOS
origin: synthesized (search/loglinear)
target: L2H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.26,
    ('ADV_LY', 'BOS'): 0.44,
    ('AUX', 'AUX'): 0.47,
    ('AUX', 'BOS'): 0.96,
    ('AUX', 'COMMA'): 0.45,
    ('AUX', 'CONJ'): 0.3,
    ('AUX', 'CONTENT'): -0.44,
    ('AUX', 'NAME'): -0.37,
    ('AUX', 'PERIOD'): 0.74,
    ('AUX', 'PRON_SUBJ'): -0.3,
    ('AUX', 'TO'): 0.25,
    ('COMMA', 'BOS'): 0.95,
    ('COMMA', 'COMMA'): -0.43,
    ('COMMA', 'CONJ'): 0.3,
    ('COMMA', 'CONTENT'): -0.27,
    ('COMMA', 'DET'): 0.36,
    ('COMMA', 'PERIOD'): 1.08,
    ('CONJ', 'AUX'): -0.28,
    ('CONJ', 'BOS'): 1.19,
    ('CONJ', 'COMMA'): 0.97,
    ('CONJ', 'CONJ'): -0.43,
    ('CONJ', 'CONTENT'): -0.51,
    ('CONJ', 'DET'): 0.35,
    ('CONJ', 'NAME'): -0.27,
    ('CONJ', 'PERIOD'): 1.08,
    ('CONJ', 'PRON_SUBJ'): -0.26,
    ('CONTENT', 'ADV_LY'): -0.31,
    ('CONTENT', 'BOS'): 1.18,
    ('CONTENT', 'COMMA'): 1.67,
    ('CONTENT', 'CONJ'): 1.06,
    ('CONTENT', 'DET'): 0.73,
    ('CONTENT', 'NAME'): -0.55,
    ('CONTENT', 'PERIOD'): 1.69,
    ('CONTENT', 'PRON_OBJ'): -0.45,
    ('CONTENT', 'PRON_SUBJ'): -0.73,
    ('CONTENT', 'VERB_ED'): -0.38,
    ('DET', 'BOS'): 1.65,
    ('DET', 'COMMA'): 1.1,
    ('DET', 'CONJ'): 0.58,
    ('DET', 'CONTENT'): -0.37,
    ('DET', 'DET'): -0.26,
    ('DET', 'NAME'): -0.34,
    ('DET', 'PERIOD'): 1.43,
    ('DET', 'PRON_SUBJ'): -0.28,
    ('NAME', 'BOS'): 0.89,
    ('NAME', 'COMMA'): 0.94,
    ('NAME', 'CONJ'): 0.42,
    ('NAME', 'CONTENT'): -0.41,
    ('NAME', 'DET'): 0.45,
    ('NAME', 'PERIOD'): 1.33,
    ('NAME', 'VERB_ED'): -0.41,
    ('NEG', 'CONTENT'): -0.26,
    ('NEWLINE', 'COMMA'): 0.28,
    ('NEWLINE', 'CONTENT'): -0.32,
    ('NEWLINE', 'PERIOD'): 0.82,
    ('NUMBER', 'BOS'): 0.68,
    ('NUMBER', 'CONTENT'): -0.3,
    ('NUMBER', 'NUMBER'): 0.27,
    ('NUMBER', 'PERIOD'): 0.45,
    ('PERIOD', 'BOS'): 1.24,
    ('PERIOD', 'COMMA'): 1.23,
    ('PERIOD', 'CONJ'): 0.64,
    ('PERIOD', 'CONTENT'): -0.28,
    ('PERIOD', 'DET'): 0.44,
    ('PERIOD', 'NAME'): -0.32,
    ('PERIOD', 'NUMBER'): 0.26,
    ('PERIOD', 'PERIOD'): -0.38,
    ('PREP', 'AUX'): -0.25,
    ('PREP', 'BOS'): 1.41,
    ('PREP', 'COMMA'): 0.86,
    ('PREP', 'CONJ'): 0.58,
    ('PREP', 'CONTENT'): -0.58,
    ('PREP', 'DET'): 0.28,
    ('PREP', 'NAME'): -0.47,
    ('PREP', 'PERIOD'): 0.86,
    ('PREP', 'PRON_OBJ'): -0.3,
    ('PREP', 'PRON_SUBJ'): -0.4,
    ('PREP', 'VERB_ED'): -0.26,
    ('PRON_OBJ', 'BOS'): 0.74,
    ('PRON_OBJ', 'COMMA'): 0.4,
    ('PRON_OBJ', 'CONTENT'): -0.72,
    ('PRON_OBJ', 'DET'): 0.25,
    ('PRON_OBJ', 'NAME'): -0.29,
    ('PRON_OBJ', 'PERIOD'): 0.61,
    ('PRON_OBJ', 'PREP'): -0.33,
    ('PRON_OBJ', 'PRON_OBJ'): 0.51,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.72,
    ('PRON_SUBJ', 'BOS'): 0.6,
    ('PRON_SUBJ', 'COMMA'): 0.57,
    ('PRON_SUBJ', 'CONTENT'): -0.8,
    ('PRON_SUBJ', 'NAME'): -0.42,
    ('PRON_SUBJ', 'PERIOD'): 1.02,
    ('PRON_SUBJ', 'PREP'): -0.44,
    ('PRON_SUBJ', 'PRON_OBJ'): 1.08,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.37,
    ('PRON_SUBJ', 'VERB_ED'): -0.26,
    ('QUOTE', 'CONTENT'): -0.48,
    ('QUOTE', 'NEWLINE'): 0.32,
    ('QUOTE', 'PERIOD'): 0.67,
    ('QUOTE', 'QUOTE'): 0.5,
    ('TO', 'BOS'): 0.7,
    ('TO', 'COMMA'): 0.54,
    ('TO', 'CONJ'): 0.3,
    ('TO', 'CONTENT'): -0.44,
    ('TO', 'NAME'): -0.3,
    ('TO', 'PERIOD'): 0.74,
    ('TO', 'PRON_SUBJ'): -0.26,
    ('TO', 'TO'): -0.59,
    ('VERB_ED', 'BOS'): 0.27,
    ('VERB_ED', 'COMMA'): 0.74,
    ('VERB_ED', 'CONJ'): 0.45,
    ('VERB_ED', 'CONTENT'): -0.63,
    ('VERB_ED', 'NAME'): -0.47,
    ('VERB_ED', 'PERIOD'): 1.03,
    ('VERB_ED', 'PRON_SUBJ'): -0.27,
    ('VERB_ING', 'BOS'): 0.46,
    ('VERB_ING', 'COMMA'): 0.43,
    ('VERB_ING', 'CONJ'): 0.38,
    ('VERB_ING', 'CONTENT'): -0.49,
    ('VERB_ING', 'NAME'): -0.32,
    ('VERB_ING', 'PERIOD'): 0.76,
    ('WH', 'BOS'): 0.58,
    ('WH', 'COMMA'): 0.58,
    ('WH', 'CONJ'): 0.31,
    ('WH', 'CONTENT'): -0.57,
    ('WH', 'DET'): 0.26,
    ('WH', 'PERIOD'): 0.87,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): -0.43,
    ('COMMA', 0): 0.36,
    ('COMMA', 8): 0.26,
    ('CONJ', 0): 0.25,
    ('NAME', 0): -0.36,
    ('PERIOD', 0): 0.68,
    ('PREP', 0): 0.27,
    ('PRON_OBJ', 0): -0.3,
    ('PRON_SUBJ', 0): -0.41,
    ('PRON_SUBJ', 1): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.83,
    1: 1.43,
    2: 1.01,
    3: 0.79,
    4: 0.63,
    5: 0.48,
    6: 0.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 2.1500000953674316, -0.3400000035762787, -0.3700000047683716, 0.949999988079071, 1.0800000429153442


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
