"""head: L1H8
heldout_iou: 0.537
heldout_iou_no_bos: 0.541
Log-linear fit: strongest class pairs CONTENT->PERIOD, PRON_OBJ->PRON_SUBJ, NAME->PERIOD.

name: L1H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, PRON_OBJ->PRON_SUBJ, NAME->PERIOD
origin: synthesized (search/loglinear)
target: L1H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.38,
    ('AUX', 'BOS'): -0.37,
    ('AUX', 'COMMA'): 0.43,
    ('AUX', 'CONJ'): 0.44,
    ('AUX', 'CONTENT'): -0.74,
    ('AUX', 'NAME'): -0.33,
    ('AUX', 'PERIOD'): 0.92,
    ('AUX', 'PRON_OBJ'): -0.27,
    ('AUX', 'PRON_SUBJ'): -0.26,
    ('AUX', 'TO'): 0.3,
    ('AUX', 'WH'): 0.82,
    ('COMMA', 'CONTENT'): -0.42,
    ('COMMA', 'PERIOD'): 0.34,
    ('CONJ', 'COMMA'): 0.34,
    ('CONJ', 'CONTENT'): -0.72,
    ('CONJ', 'PERIOD'): 0.68,
    ('CONTENT', 'ADV_LY'): -0.33,
    ('CONTENT', 'AUX'): -0.33,
    ('CONTENT', 'BOS'): -0.92,
    ('CONTENT', 'COMMA'): 1.05,
    ('CONTENT', 'CONJ'): 0.63,
    ('CONTENT', 'CONTENT'): -0.75,
    ('CONTENT', 'NAME'): -0.95,
    ('CONTENT', 'NEWLINE'): 0.33,
    ('CONTENT', 'NUMBER'): -0.42,
    ('CONTENT', 'PERIOD'): 1.14,
    ('CONTENT', 'PRON_OBJ'): -0.72,
    ('CONTENT', 'PRON_SUBJ'): -0.62,
    ('CONTENT', 'TO'): 0.59,
    ('CONTENT', 'VERB_ED'): -0.73,
    ('CONTENT', 'VERB_ING'): -0.6,
    ('DET', 'BOS'): -0.34,
    ('DET', 'COMMA'): 0.65,
    ('DET', 'CONJ'): 0.34,
    ('DET', 'CONTENT'): -0.76,
    ('DET', 'PERIOD'): 0.99,
    ('DET', 'TO'): 0.65,
    ('DET', 'VERB_ED'): -0.25,
    ('NAME', 'AUX'): -0.29,
    ('NAME', 'BOS'): -0.35,
    ('NAME', 'COMMA'): 0.94,
    ('NAME', 'CONJ'): 0.74,
    ('NAME', 'CONTENT'): -0.98,
    ('NAME', 'DET'): 0.69,
    ('NAME', 'PERIOD'): 1.05,
    ('NAME', 'TO'): 0.81,
    ('NAME', 'VERB_ED'): -0.66,
    ('NEWLINE', 'CONTENT'): -0.48,
    ('NEWLINE', 'NEWLINE'): -0.28,
    ('NEWLINE', 'PERIOD'): 0.83,
    ('NUMBER', 'CONTENT'): -0.52,
    ('NUMBER', 'PERIOD'): 0.63,
    ('PERIOD', 'CONTENT'): -0.45,
    ('PERIOD', 'TO'): 0.27,
    ('PREP', 'BOS'): -0.31,
    ('PREP', 'COMMA'): 0.68,
    ('PREP', 'CONJ'): 0.29,
    ('PREP', 'CONTENT'): -0.82,
    ('PREP', 'NAME'): -0.37,
    ('PREP', 'PERIOD'): 0.92,
    ('PREP', 'PRON_OBJ'): -0.32,
    ('PREP', 'PRON_SUBJ'): -0.29,
    ('PREP', 'TO'): 0.51,
    ('PREP', 'VERB_ED'): -0.34,
    ('PRON_OBJ', 'AUX'): -0.29,
    ('PRON_OBJ', 'COMMA'): 0.29,
    ('PRON_OBJ', 'CONTENT'): -0.79,
    ('PRON_OBJ', 'PERIOD'): 0.69,
    ('PRON_OBJ', 'PRON_OBJ'): 0.41,
    ('PRON_OBJ', 'PRON_SUBJ'): 1.12,
    ('PRON_OBJ', 'VERB_ED'): -0.28,
    ('PRON_SUBJ', 'AUX'): -0.3,
    ('PRON_SUBJ', 'COMMA'): 0.33,
    ('PRON_SUBJ', 'CONTENT'): -0.84,
    ('PRON_SUBJ', 'PERIOD'): 0.71,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.83,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.88,
    ('PRON_SUBJ', 'VERB_ED'): -0.31,
    ('QUOTE', 'CONTENT'): -0.4,
    ('QUOTE', 'PERIOD'): 0.33,
    ('TO', 'COMMA'): 0.32,
    ('TO', 'CONTENT'): -0.6,
    ('TO', 'NAME'): -0.27,
    ('TO', 'PERIOD'): 0.56,
    ('VERB_ED', 'BOS'): -0.46,
    ('VERB_ED', 'COMMA'): 0.5,
    ('VERB_ED', 'CONJ'): 0.4,
    ('VERB_ED', 'CONTENT'): -1.0,
    ('VERB_ED', 'NAME'): -0.65,
    ('VERB_ED', 'PERIOD'): 0.91,
    ('VERB_ED', 'PRON_OBJ'): -0.26,
    ('VERB_ED', 'PRON_SUBJ'): -0.45,
    ('VERB_ED', 'VERB_ED'): -0.49,
    ('VERB_ED', 'WH'): 0.37,
    ('VERB_ING', 'BOS'): -0.28,
    ('VERB_ING', 'COMMA'): 0.33,
    ('VERB_ING', 'CONJ'): 0.32,
    ('VERB_ING', 'CONTENT'): -0.58,
    ('VERB_ING', 'NAME'): -0.33,
    ('VERB_ING', 'PERIOD'): 0.62,
    ('VERB_ING', 'TO'): 0.26,
    ('WH', 'COMMA'): 0.26,
    ('WH', 'CONTENT'): -0.71,
    ('WH', 'NAME'): -0.26,
    ('WH', 'PERIOD'): 0.7,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.42,
    ('AUX', 8): -0.27,
    ('COMMA', 0): 0.26,
    ('COMMA', 1): -0.31,
    ('COMMA', 2): -0.27,
    ('CONTENT', 1): 0.62,
    ('CONTENT', 2): 0.54,
    ('NAME', 0): -0.32,
    ('NEWLINE', 8): 0.3,
    ('PERIOD', 0): 0.29,
    ('PERIOD', 1): -0.45,
    ('PERIOD', 2): -0.43,
    ('PERIOD', 3): -0.26,
    ('PERIOD', 8): 0.38,
    ('PREP', 0): 0.29,
    ('PRON_OBJ', 0): -0.45,
    ('PRON_SUBJ', 0): -0.51,
    ('PRON_SUBJ', 2): -0.27,
    ('PRON_SUBJ', 8): 0.33,
    ('TO', 0): 0.55,
    ('VERB_ED', 0): -0.25,
    ('VERB_ED', 2): 0.36,
    ('VERB_ING', 1): 0.42,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 2.08,
    2: 2.78,
    3: 3.06,
    4: 3.05,
    5: 3.03,
    6: 3.05,
    7: 3.13,
    8: 3.14,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5, 0.10000000149011612, 0.14000000059604645, 1.3300000429153442, -1.1200000047683716


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
