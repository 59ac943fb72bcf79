"""head: L2H5
heldout_iou: 0.447
heldout_iou_no_bos: 0.432
Log-linear fit: strongest class pairs CONTENT->PERIOD, NAME->PERIOD, CONJ->PERIOD.

name: L2H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, NAME->PERIOD, CONJ->PERIOD
origin: synthesized (search/loglinear)
target: L2H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.41,
    ('AUX', 'BOS'): 0.8,
    ('AUX', 'COMMA'): 0.53,
    ('AUX', 'CONJ'): 0.27,
    ('AUX', 'CONTENT'): -0.88,
    ('AUX', 'NAME'): -0.54,
    ('AUX', 'PERIOD'): 1.27,
    ('AUX', 'PRON_SUBJ'): -0.38,
    ('AUX', 'QUOTE'): 0.38,
    ('COMMA', 'BOS'): 0.47,
    ('COMMA', 'COMMA'): 0.46,
    ('COMMA', 'CONTENT'): -0.7,
    ('COMMA', 'NAME'): -0.34,
    ('COMMA', 'PERIOD'): 1.28,
    ('CONJ', 'AUX'): -0.27,
    ('CONJ', 'BOS'): 0.74,
    ('CONJ', 'COMMA'): 0.69,
    ('CONJ', 'CONTENT'): -0.84,
    ('CONJ', 'DET'): 0.42,
    ('CONJ', 'NAME'): -0.39,
    ('CONJ', 'PERIOD'): 1.58,
    ('CONJ', 'PREP'): -0.25,
    ('CONTENT', 'BOS'): 1.33,
    ('CONTENT', 'COMMA'): 1.48,
    ('CONTENT', 'CONJ'): 0.66,
    ('CONTENT', 'CONTENT'): -0.33,
    ('CONTENT', 'DET'): 0.64,
    ('CONTENT', 'NAME'): -0.95,
    ('CONTENT', 'NEWLINE'): 0.39,
    ('CONTENT', 'NUMBER'): 0.25,
    ('CONTENT', 'PERIOD'): 1.92,
    ('CONTENT', 'PRON_OBJ'): -0.44,
    ('CONTENT', 'PRON_SUBJ'): -0.58,
    ('CONTENT', 'QUOTE'): 0.98,
    ('CONTENT', 'VERB_ED'): -0.41,
    ('CONTENT', 'VERB_ING'): -0.4,
    ('DET', 'BOS'): 1.12,
    ('DET', 'COMMA'): 0.77,
    ('DET', 'CONJ'): 0.4,
    ('DET', 'CONTENT'): -0.6,
    ('DET', 'DET'): 0.38,
    ('DET', 'NAME'): -0.5,
    ('DET', 'PERIOD'): 1.44,
    ('DET', 'PRON_OBJ'): -0.25,
    ('DET', 'PRON_SUBJ'): -0.31,
    ('DET', 'QUOTE'): 0.31,
    ('DET', 'VERB_ED'): -0.25,
    ('NAME', 'AUX'): -0.3,
    ('NAME', 'BOS'): 1.25,
    ('NAME', 'COMMA'): 0.85,
    ('NAME', 'CONTENT'): -0.63,
    ('NAME', 'DET'): 0.66,
    ('NAME', 'NAME'): -0.31,
    ('NAME', 'PERIOD'): 1.64,
    ('NAME', 'VERB_ED'): -0.51,
    ('NEG', 'CONTENT'): -0.28,
    ('NEG', 'PERIOD'): 0.31,
    ('NEWLINE', 'CONTENT'): -0.43,
    ('NEWLINE', 'PERIOD'): 0.63,
    ('NEWLINE', 'QUOTE'): 0.39,
    ('NUMBER', 'BOS'): 0.44,
    ('NUMBER', 'CONTENT'): -0.47,
    ('NUMBER', 'PERIOD'): 0.83,
    ('PERIOD', 'AUX'): -0.26,
    ('PERIOD', 'BOS'): 0.78,
    ('PERIOD', 'COMMA'): 0.97,
    ('PERIOD', 'CONJ'): 0.39,
    ('PERIOD', 'CONTENT'): -0.88,
    ('PERIOD', 'DET'): 0.31,
    ('PERIOD', 'NAME'): -0.49,
    ('PERIOD', 'NEWLINE'): 0.44,
    ('PERIOD', 'PERIOD'): 1.53,
    ('PERIOD', 'PREP'): -0.34,
    ('PERIOD', 'QUOTE'): 0.66,
    ('PERIOD', 'VERB_ED'): -0.28,
    ('PREP', 'BOS'): 0.87,
    ('PREP', 'COMMA'): 0.64,
    ('PREP', 'CONTENT'): -0.47,
    ('PREP', 'DET'): 0.27,
    ('PREP', 'NAME'): -0.51,
    ('PREP', 'PERIOD'): 1.22,
    ('PREP', 'PRON_OBJ'): -0.29,
    ('PREP', 'PRON_SUBJ'): -0.35,
    ('PRON_OBJ', 'BOS'): 0.65,
    ('PRON_OBJ', 'COMMA'): 0.57,
    ('PRON_OBJ', 'CONTENT'): -0.68,
    ('PRON_OBJ', 'DET'): 0.39,
    ('PRON_OBJ', 'NAME'): -0.27,
    ('PRON_OBJ', 'PERIOD'): 1.41,
    ('PRON_OBJ', 'PRON_OBJ'): -0.27,
    ('PRON_OBJ', 'QUOTE'): 0.31,
    ('PRON_SUBJ', 'BOS'): 0.66,
    ('PRON_SUBJ', 'COMMA'): 0.62,
    ('PRON_SUBJ', 'CONTENT'): -0.75,
    ('PRON_SUBJ', 'NAME'): -0.39,
    ('PRON_SUBJ', 'PERIOD'): 1.39,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.37,
    ('PRON_SUBJ', 'QUOTE'): 0.65,
    ('QUOTE', 'CONTENT'): -0.37,
    ('QUOTE', 'PERIOD'): 0.39,
    ('QUOTE', 'QUOTE'): 0.59,
    ('TO', 'BOS'): 0.46,
    ('TO', 'COMMA'): 0.33,
    ('TO', 'CONTENT'): -0.47,
    ('TO', 'NAME'): -0.43,
    ('TO', 'PERIOD'): 0.89,
    ('VERB_ED', 'BOS'): 0.69,
    ('VERB_ED', 'COMMA'): 0.71,
    ('VERB_ED', 'CONJ'): 0.27,
    ('VERB_ED', 'CONTENT'): -0.75,
    ('VERB_ED', 'DET'): 0.27,
    ('VERB_ED', 'NAME'): -0.48,
    ('VERB_ED', 'PERIOD'): 1.39,
    ('VERB_ED', 'PRON_SUBJ'): -0.32,
    ('VERB_ED', 'QUOTE'): 0.3,
    ('VERB_ED', 'VERB_ED'): -0.26,
    ('VERB_ING', 'BOS'): 0.42,
    ('VERB_ING', 'COMMA'): 0.33,
    ('VERB_ING', 'CONTENT'): -0.55,
    ('VERB_ING', 'DET'): 0.34,
    ('VERB_ING', 'PERIOD'): 0.91,
    ('WH', 'BOS'): 0.42,
    ('WH', 'CONTENT'): -0.54,
    ('WH', 'NAME'): -0.31,
    ('WH', 'PERIOD'): 0.87,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.28,
    ('CONJ', 1): -0.37,
    ('CONTENT', 1): 0.27,
    ('NAME', 0): -0.37,
    ('PERIOD', 1): -0.44,
    ('PERIOD', 8): 0.54,
    ('PREP', 0): 0.49,
    ('PREP', 1): 0.74,
    ('PREP', 8): -0.41,
    ('PRON_SUBJ', 1): -0.35,
    ('TO', 2): 0.33,
    ('TO', 8): -0.44,
    ('VERB_ING', 1): 0.41,
    ('WH', 8): -0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.35,
    1: 1.32,
    2: 0.72,
    3: 0.32,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.1599999964237213, -0.2199999988079071, 0.20999999344348907, 0.41999998688697815, 0.009999999776482582


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
