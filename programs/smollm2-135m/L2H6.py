"""head: L2H6
heldout_iou: 0.436
heldout_iou_no_bos: 0.424
Log-linear fit: strongest class pairs DET->BOS, CONTENT->BOS, CONTENT->PERIOD.

name: L2H6
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->BOS, CONTENT->BOS, CONTENT->PERIOD
origin: synthesized (search/loglinear)
target: L2H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.36,
    ('ADV_LY', 'PERIOD'): 0.28,
    ('AUX', 'AUX'): -0.27,
    ('AUX', 'BOS'): 0.96,
    ('AUX', 'COMMA'): 0.48,
    ('AUX', 'CONJ'): 0.3,
    ('AUX', 'CONTENT'): -0.34,
    ('AUX', 'DET'): 0.37,
    ('AUX', 'NAME'): -0.32,
    ('AUX', 'PERIOD'): 0.97,
    ('AUX', 'PREP'): -0.57,
    ('AUX', 'PRON_OBJ'): -0.26,
    ('AUX', 'TO'): -0.31,
    ('COMMA', 'BOS'): 0.82,
    ('COMMA', 'COMMA'): 0.38,
    ('COMMA', 'CONTENT'): -0.45,
    ('COMMA', 'DET'): 0.51,
    ('COMMA', 'PERIOD'): 0.94,
    ('COMMA', 'PREP'): -0.35,
    ('COMMA', 'TO'): -0.27,
    ('CONJ', 'AUX'): -0.26,
    ('CONJ', 'BOS'): 0.76,
    ('CONJ', 'COMMA'): 0.51,
    ('CONJ', 'CONJ'): 0.26,
    ('CONJ', 'CONTENT'): -0.51,
    ('CONJ', 'DET'): 0.57,
    ('CONJ', 'NAME'): -0.3,
    ('CONJ', 'PERIOD'): 1.11,
    ('CONJ', 'PREP'): -0.5,
    ('CONJ', 'TO'): -0.36,
    ('CONTENT', 'AUX'): -0.27,
    ('CONTENT', 'BOS'): 1.4,
    ('CONTENT', 'COMMA'): 1.02,
    ('CONTENT', 'CONJ'): 0.32,
    ('CONTENT', 'DET'): 0.57,
    ('CONTENT', 'NAME'): -0.43,
    ('CONTENT', 'NUMBER'): 0.39,
    ('CONTENT', 'PERIOD'): 1.34,
    ('CONTENT', 'PRON_SUBJ'): -0.28,
    ('CONTENT', 'QUOTE'): 0.26,
    ('CONTENT', 'TO'): -0.44,
    ('DET', 'AUX'): -0.26,
    ('DET', 'BOS'): 1.41,
    ('DET', 'COMMA'): 0.93,
    ('DET', 'CONJ'): 0.49,
    ('DET', 'CONTENT'): -0.36,
    ('DET', 'DET'): 0.74,
    ('DET', 'NAME'): -0.32,
    ('DET', 'PERIOD'): 1.32,
    ('DET', 'PREP'): -0.6,
    ('DET', 'PRON_OBJ'): -0.27,
    ('DET', 'TO'): -0.51,
    ('NAME', 'AUX'): -0.25,
    ('NAME', 'BOS'): 0.87,
    ('NAME', 'COMMA'): 0.72,
    ('NAME', 'CONJ'): 0.26,
    ('NAME', 'CONTENT'): -0.3,
    ('NAME', 'DET'): 0.62,
    ('NAME', 'PERIOD'): 1.12,
    ('NAME', 'PREP'): -0.37,
    ('NAME', 'PRON_SUBJ'): -0.26,
    ('NAME', 'TO'): -0.27,
    ('NAME', 'VERB_ED'): -0.26,
    ('NEG', 'PERIOD'): 0.3,
    ('NEWLINE', 'BOS'): 0.27,
    ('NEWLINE', 'CONTENT'): -0.4,
    ('NEWLINE', 'DET'): 0.28,
    ('NEWLINE', 'NEWLINE'): 0.4,
    ('NEWLINE', 'PERIOD'): 0.53,
    ('NUMBER', 'BOS'): 0.42,
    ('NUMBER', 'CONTENT'): -0.35,
    ('NUMBER', 'DET'): 0.44,
    ('NUMBER', 'PERIOD'): 0.7,
    ('PERIOD', 'BOS'): 1.21,
    ('PERIOD', 'COMMA'): 0.8,
    ('PERIOD', 'CONJ'): 0.44,
    ('PERIOD', 'CONTENT'): -0.51,
    ('PERIOD', 'DET'): 0.74,
    ('PERIOD', 'NAME'): -0.37,
    ('PERIOD', 'NEWLINE'): 0.35,
    ('PERIOD', 'PERIOD'): 0.88,
    ('PERIOD', 'PREP'): -0.63,
    ('PERIOD', 'TO'): -0.44,
    ('PREP', 'BOS'): 1.1,
    ('PREP', 'COMMA'): 0.91,
    ('PREP', 'CONJ'): 0.33,
    ('PREP', 'CONTENT'): -0.26,
    ('PREP', 'DET'): 0.7,
    ('PREP', 'NAME'): -0.32,
    ('PREP', 'PERIOD'): 1.22,
    ('PREP', 'PREP'): -0.62,
    ('PREP', 'PRON_OBJ'): -0.28,
    ('PREP', 'TO'): -0.44,
    ('PRON_OBJ', 'BOS'): 0.96,
    ('PRON_OBJ', 'COMMA'): 0.43,
    ('PRON_OBJ', 'DET'): 0.31,
    ('PRON_OBJ', 'PERIOD'): 0.96,
    ('PRON_OBJ', 'PREP'): -0.37,
    ('PRON_OBJ', 'PRON_OBJ'): -0.35,
    ('PRON_OBJ', 'TO'): -0.28,
    ('PRON_SUBJ', 'BOS'): 1.02,
    ('PRON_SUBJ', 'COMMA'): 0.46,
    ('PRON_SUBJ', 'PERIOD'): 0.95,
    ('PRON_SUBJ', 'PREP'): -0.53,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.28,
    ('PRON_SUBJ', 'TO'): -0.3,
    ('QUOTE', 'CONTENT'): -0.29,
    ('QUOTE', 'PERIOD'): 0.54,
    ('TO', 'BOS'): 0.58,
    ('TO', 'COMMA'): 0.48,
    ('TO', 'CONTENT'): -0.33,
    ('TO', 'DET'): 0.53,
    ('TO', 'NAME'): -0.3,
    ('TO', 'PERIOD'): 0.8,
    ('TO', 'PREP'): -0.31,
    ('TO', 'TO'): -0.67,
    ('VERB_ED', 'BOS'): 0.78,
    ('VERB_ED', 'COMMA'): 0.37,
    ('VERB_ED', 'CONTENT'): -0.38,
    ('VERB_ED', 'NAME'): -0.39,
    ('VERB_ED', 'PERIOD'): 0.85,
    ('VERB_ED', 'PREP'): -0.38,
    ('VERB_ING', 'BOS'): 0.5,
    ('VERB_ING', 'PERIOD'): 0.53,
    ('WH', 'BOS'): 0.53,
    ('WH', 'COMMA'): 0.38,
    ('WH', 'CONTENT'): -0.36,
    ('WH', 'DET'): 0.36,
    ('WH', 'PERIOD'): 0.78,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 1): 0.49,
    ('CONTENT', 2): 0.32,
    ('CONTENT', 8): -0.37,
    ('DET', 0): 0.29,
    ('PERIOD', 1): -0.26,
    ('PERIOD', 8): 0.5,
    ('PRON_SUBJ', 8): 0.37,
    ('TO', 0): -0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.77,
    1: 1.48,
    2: 1.05,
    3: 0.65,
    4: 0.36,
    5: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.15000000596046448, -0.17000000178813934, 0.14000000059604645, 0.6399999856948853, 0.20999999344348907


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
