"""head: L2H3
heldout_iou: 0.412
heldout_iou_no_bos: 0.390
Log-linear fit: strongest class pairs CONTENT->PERIOD, NAME->PERIOD, CONTENT->COMMA.

name: L2H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, NAME->PERIOD, CONTENT->COMMA
origin: synthesized (search/loglinear)
target: L2H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.33,
    ('ADV_LY', 'PERIOD'): 0.32,
    ('AUX', 'AUX'): -0.29,
    ('AUX', 'BOS'): 1.01,
    ('AUX', 'COMMA'): 0.52,
    ('AUX', 'CONJ'): 0.26,
    ('AUX', 'CONTENT'): -0.71,
    ('AUX', 'DET'): 0.55,
    ('AUX', 'NAME'): -0.56,
    ('AUX', 'PERIOD'): 1.06,
    ('AUX', 'PRON_OBJ'): -0.32,
    ('AUX', 'PRON_SUBJ'): -0.32,
    ('AUX', 'VERB_ED'): -0.28,
    ('COMMA', 'BOS'): 1.14,
    ('COMMA', 'COMMA'): 0.55,
    ('COMMA', 'CONTENT'): -0.64,
    ('COMMA', 'DET'): 0.91,
    ('COMMA', 'NAME'): -0.31,
    ('COMMA', 'PERIOD'): 1.05,
    ('CONJ', 'AUX'): -0.28,
    ('CONJ', 'BOS'): 1.28,
    ('CONJ', 'COMMA'): 0.64,
    ('CONJ', 'CONTENT'): -0.79,
    ('CONJ', 'DET'): 1.04,
    ('CONJ', 'NAME'): -0.41,
    ('CONJ', 'PERIOD'): 1.1,
    ('CONJ', 'PREP'): -0.29,
    ('CONJ', 'PRON_SUBJ'): -0.26,
    ('CONTENT', 'BOS'): 1.48,
    ('CONTENT', 'COMMA'): 1.54,
    ('CONTENT', 'CONJ'): 0.69,
    ('CONTENT', 'CONTENT'): -0.3,
    ('CONTENT', 'DET'): 0.85,
    ('CONTENT', 'NAME'): -0.91,
    ('CONTENT', 'NEWLINE'): 0.33,
    ('CONTENT', 'PERIOD'): 1.87,
    ('CONTENT', 'PRON_OBJ'): -0.52,
    ('CONTENT', 'PRON_SUBJ'): -0.43,
    ('CONTENT', 'QUOTE'): 0.31,
    ('CONTENT', 'VERB_ED'): -0.32,
    ('CONTENT', 'VERB_ING'): -0.38,
    ('DET', 'BOS'): 1.36,
    ('DET', 'COMMA'): 0.94,
    ('DET', 'CONJ'): 0.47,
    ('DET', 'CONTENT'): -0.52,
    ('DET', 'DET'): 0.59,
    ('DET', 'NAME'): -0.48,
    ('DET', 'NEWLINE'): 0.27,
    ('DET', 'PERIOD'): 1.48,
    ('DET', 'PRON_SUBJ'): -0.3,
    ('NAME', 'AUX'): -0.29,
    ('NAME', 'BOS'): 1.24,
    ('NAME', 'COMMA'): 0.81,
    ('NAME', 'CONTENT'): -0.61,
    ('NAME', 'DET'): 0.67,
    ('NAME', 'PERIOD'): 1.6,
    ('NAME', 'VERB_ED'): -0.51,
    ('NEG', 'AUX'): 0.44,
    ('NEG', 'CONTENT'): -0.29,
    ('NEWLINE', 'BOS'): 0.6,
    ('NEWLINE', 'CONTENT'): -0.35,
    ('NEWLINE', 'DET'): 0.5,
    ('NEWLINE', 'PERIOD'): 0.57,
    ('NUMBER', 'BOS'): 0.43,
    ('NUMBER', 'COMMA'): 0.34,
    ('NUMBER', 'CONTENT'): -0.53,
    ('NUMBER', 'DET'): 0.47,
    ('NUMBER', 'PERIOD'): 0.95,
    ('PERIOD', 'BOS'): 1.52,
    ('PERIOD', 'COMMA'): 0.78,
    ('PERIOD', 'CONJ'): 0.31,
    ('PERIOD', 'CONTENT'): -0.66,
    ('PERIOD', 'DET'): 1.37,
    ('PERIOD', 'NAME'): -0.49,
    ('PERIOD', 'PERIOD'): 1.02,
    ('PERIOD', 'PREP'): -0.31,
    ('PREP', 'AUX'): -0.26,
    ('PREP', 'BOS'): 1.02,
    ('PREP', 'COMMA'): 0.81,
    ('PREP', 'CONJ'): 0.27,
    ('PREP', 'CONTENT'): -0.41,
    ('PREP', 'DET'): 0.49,
    ('PREP', 'NAME'): -0.48,
    ('PREP', 'PERIOD'): 1.23,
    ('PREP', 'PRON_OBJ'): -0.28,
    ('PREP', 'PRON_SUBJ'): -0.32,
    ('PRON_OBJ', 'BOS'): 0.86,
    ('PRON_OBJ', 'COMMA'): 0.64,
    ('PRON_OBJ', 'CONTENT'): -0.56,
    ('PRON_OBJ', 'DET'): 0.43,
    ('PRON_OBJ', 'NAME'): -0.27,
    ('PRON_OBJ', 'PERIOD'): 1.24,
    ('PRON_SUBJ', 'BOS'): 0.98,
    ('PRON_SUBJ', 'COMMA'): 0.92,
    ('PRON_SUBJ', 'CONJ'): 0.32,
    ('PRON_SUBJ', 'CONTENT'): -0.66,
    ('PRON_SUBJ', 'DET'): 0.63,
    ('PRON_SUBJ', 'NAME'): -0.29,
    ('PRON_SUBJ', 'PERIOD'): 1.47,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.31,
    ('QUOTE', 'BOS'): 0.47,
    ('QUOTE', 'COMMA'): 0.27,
    ('QUOTE', 'CONTENT'): -0.36,
    ('QUOTE', 'DET'): 0.38,
    ('QUOTE', 'PERIOD'): 0.51,
    ('TO', 'BOS'): 0.46,
    ('TO', 'COMMA'): 0.27,
    ('TO', 'CONTENT'): -0.4,
    ('TO', 'NAME'): -0.41,
    ('TO', 'PERIOD'): 0.69,
    ('TO', 'PRON_OBJ'): -0.26,
    ('TO', 'PRON_SUBJ'): -0.26,
    ('TO', 'VERB_ED'): 0.31,
    ('VERB_ED', 'BOS'): 0.55,
    ('VERB_ED', 'COMMA'): 0.61,
    ('VERB_ED', 'CONTENT'): -0.78,
    ('VERB_ED', 'DET'): 0.39,
    ('VERB_ED', 'NAME'): -0.53,
    ('VERB_ED', 'PERIOD'): 1.09,
    ('VERB_ED', 'VERB_ED'): -0.29,
    ('VERB_ING', 'BOS'): 0.66,
    ('VERB_ING', 'COMMA'): 0.46,
    ('VERB_ING', 'CONJ'): 0.26,
    ('VERB_ING', 'CONTENT'): -0.63,
    ('VERB_ING', 'DET'): 0.32,
    ('VERB_ING', 'PERIOD'): 1.05,
    ('WH', 'BOS'): 0.74,
    ('WH', 'COMMA'): 0.26,
    ('WH', 'CONJ'): 0.28,
    ('WH', 'CONTENT'): -0.35,
    ('WH', 'DET'): 0.33,
    ('WH', 'NAME'): -0.27,
    ('WH', 'PERIOD'): 0.76,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.4,
    ('COMMA', 8): 0.28,
    ('CONJ', 1): -0.26,
    ('CONJ', 8): 0.25,
    ('NAME', 0): -0.29,
    ('NEG', 1): 0.52,
    ('NEG', 8): -0.26,
    ('NEWLINE', 8): 0.3,
    ('PERIOD', 1): -0.45,
    ('PERIOD', 8): 0.52,
    ('PREP', 0): 0.68,
    ('PREP', 1): 0.69,
    ('PREP', 8): -0.52,
    ('PRON_SUBJ', 1): -0.35,
    ('PRON_SUBJ', 8): 0.25,
    ('QUOTE', 8): 0.33,
    ('TO', 0): 0.31,
    ('TO', 1): 0.8,
    ('TO', 8): -0.8,
    ('WH', 8): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.79,
    1: 1.61,
    2: 0.81,
    3: 0.34,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.05999999865889549, -0.5400000214576721, 0.17000000178813934, 0.2800000011920929, 0.1899999976158142


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
