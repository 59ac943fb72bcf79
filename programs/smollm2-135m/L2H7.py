"""head: L2H7
heldout_iou: 0.415
heldout_iou_no_bos: 0.406
Log-linear fit: strongest class pairs CONTENT->PERIOD, NAME->PERIOD, PREP->PERIOD.

name: L2H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, NAME->PERIOD, PREP->PERIOD
origin: synthesized (search/loglinear)
target: L2H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.26,
    ('ADV_LY', 'PERIOD'): 0.33,
    ('AUX', 'AUX'): -0.36,
    ('AUX', 'BOS'): 0.26,
    ('AUX', 'COMMA'): 0.84,
    ('AUX', 'CONJ'): 0.41,
    ('AUX', 'CONTENT'): -0.93,
    ('AUX', 'DET'): 0.83,
    ('AUX', 'NAME'): -0.5,
    ('AUX', 'PERIOD'): 1.35,
    ('AUX', 'PREP'): -0.54,
    ('AUX', 'TO'): -0.34,
    ('COMMA', 'COMMA'): 0.74,
    ('COMMA', 'CONJ'): 0.3,
    ('COMMA', 'CONTENT'): -0.67,
    ('COMMA', 'DET'): 0.71,
    ('COMMA', 'NAME'): -0.25,
    ('COMMA', 'PERIOD'): 1.26,
    ('COMMA', 'PREP'): -0.31,
    ('CONJ', 'COMMA'): 0.95,
    ('CONJ', 'CONJ'): 0.38,
    ('CONJ', 'CONTENT'): -0.87,
    ('CONJ', 'DET'): 0.98,
    ('CONJ', 'NAME'): -0.38,
    ('CONJ', 'PERIOD'): 1.34,
    ('CONJ', 'PREP'): -0.44,
    ('CONJ', 'TO'): -0.28,
    ('CONTENT', 'ADV_LY'): -0.32,
    ('CONTENT', 'BOS'): 0.74,
    ('CONTENT', 'COMMA'): 1.46,
    ('CONTENT', 'CONJ'): 0.5,
    ('CONTENT', 'CONTENT'): -0.75,
    ('CONTENT', 'DET'): 0.93,
    ('CONTENT', 'NAME'): -1.0,
    ('CONTENT', 'NUMBER'): 0.36,
    ('CONTENT', 'PERIOD'): 1.59,
    ('CONTENT', 'PRON_SUBJ'): -0.47,
    ('CONTENT', 'TO'): -0.42,
    ('CONTENT', 'VERB_ED'): -0.34,
    ('CONTENT', 'VERB_ING'): -0.37,
    ('DET', 'BOS'): 0.59,
    ('DET', 'COMMA'): 0.9,
    ('DET', 'CONJ'): 0.41,
    ('DET', 'CONTENT'): -0.46,
    ('DET', 'DET'): 0.69,
    ('DET', 'NAME'): -0.42,
    ('DET', 'PERIOD'): 1.22,
    ('DET', 'PREP'): -0.52,
    ('DET', 'TO'): -0.53,
    ('NAME', 'BOS'): 0.66,
    ('NAME', 'COMMA'): 1.14,
    ('NAME', 'CONJ'): 0.5,
    ('NAME', 'CONTENT'): -0.71,
    ('NAME', 'DET'): 0.92,
    ('NAME', 'NAME'): -0.79,
    ('NAME', 'PERIOD'): 1.54,
    ('NAME', 'VERB_ED'): -0.38,
    ('NEWLINE', 'BOS'): 0.26,
    ('NEWLINE', 'CONTENT'): -0.3,
    ('NEWLINE', 'NEWLINE'): 0.48,
    ('NEWLINE', 'PERIOD'): 0.29,
    ('NEWLINE', 'QUOTE'): 0.52,
    ('NUMBER', 'BOS'): 0.27,
    ('NUMBER', 'COMMA'): 0.33,
    ('NUMBER', 'CONTENT'): -0.35,
    ('NUMBER', 'PERIOD'): 0.77,
    ('PERIOD', 'BOS'): 0.72,
    ('PERIOD', 'COMMA'): 0.92,
    ('PERIOD', 'CONJ'): 0.42,
    ('PERIOD', 'CONTENT'): -0.46,
    ('PERIOD', 'DET'): 0.52,
    ('PERIOD', 'PERIOD'): 1.09,
    ('PERIOD', 'PREP'): -0.64,
    ('PERIOD', 'QUOTE'): 0.7,
    ('PERIOD', 'TO'): -0.39,
    ('PREP', 'BOS'): 0.75,
    ('PREP', 'COMMA'): 1.19,
    ('PREP', 'CONJ'): 0.46,
    ('PREP', 'CONTENT'): -0.49,
    ('PREP', 'DET'): 0.86,
    ('PREP', 'NAME'): -0.43,
    ('PREP', 'PERIOD'): 1.48,
    ('PREP', 'PREP'): -0.61,
    ('PREP', 'PRON_SUBJ'): -0.35,
    ('PREP', 'TO'): -0.41,
    ('PRON_OBJ', 'BOS'): 0.29,
    ('PRON_OBJ', 'COMMA'): 0.71,
    ('PRON_OBJ', 'CONJ'): 0.31,
    ('PRON_OBJ', 'CONTENT'): -0.56,
    ('PRON_OBJ', 'DET'): 0.67,
    ('PRON_OBJ', 'NAME'): -0.25,
    ('PRON_OBJ', 'PERIOD'): 1.08,
    ('PRON_OBJ', 'PREP'): -0.42,
    ('PRON_SUBJ', 'BOS'): 0.41,
    ('PRON_SUBJ', 'COMMA'): 0.99,
    ('PRON_SUBJ', 'CONJ'): 0.55,
    ('PRON_SUBJ', 'CONTENT'): -0.74,
    ('PRON_SUBJ', 'DET'): 0.7,
    ('PRON_SUBJ', 'NAME'): -0.37,
    ('PRON_SUBJ', 'PERIOD'): 1.12,
    ('PRON_SUBJ', 'PREP'): -0.52,
    ('QUOTE', 'CONTENT'): -0.36,
    ('QUOTE', 'PERIOD'): 0.35,
    ('QUOTE', 'QUOTE'): 0.68,
    ('TO', 'BOS'): 0.3,
    ('TO', 'COMMA'): 0.72,
    ('TO', 'CONJ'): 0.35,
    ('TO', 'CONTENT'): -0.5,
    ('TO', 'DET'): 0.54,
    ('TO', 'NAME'): -0.33,
    ('TO', 'PERIOD'): 1.04,
    ('TO', 'TO'): -0.44,
    ('VERB_ED', 'COMMA'): 0.96,
    ('VERB_ED', 'CONJ'): 0.43,
    ('VERB_ED', 'CONTENT'): -0.77,
    ('VERB_ED', 'DET'): 0.57,
    ('VERB_ED', 'NAME'): -0.45,
    ('VERB_ED', 'PERIOD'): 1.42,
    ('VERB_ED', 'PREP'): -0.35,
    ('VERB_ED', 'VERB_ED'): -0.32,
    ('VERB_ING', 'COMMA'): 0.42,
    ('VERB_ING', 'CONTENT'): -0.64,
    ('VERB_ING', 'DET'): 0.62,
    ('VERB_ING', 'NAME'): -0.3,
    ('VERB_ING', 'PERIOD'): 0.88,
    ('VERB_ING', 'VERB_ING'): -0.32,
    ('WH', 'COMMA'): 0.63,
    ('WH', 'CONJ'): 0.25,
    ('WH', 'CONTENT'): -0.6,
    ('WH', 'DET'): 0.51,
    ('WH', 'PERIOD'): 1.11,
    ('WH', 'PREP'): -0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.35,
    ('CONJ', 0): 0.31,
    ('CONJ', 1): -0.28,
    ('CONTENT', 1): 0.29,
    ('CONTENT', 2): 0.42,
    ('DET', 0): 0.51,
    ('DET', 1): 0.77,
    ('DET', 8): -0.26,
    ('PERIOD', 1): -0.4,
    ('PERIOD', 8): 0.65,
    ('TO', 3): 0.29,
    ('VERB_ED', 1): -0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.47,
    1: 1.35,
    2: 1.12,
    3: 0.69,
    4: 0.4,
    5: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.41999998688697815, -0.03999999910593033, 0.2199999988079071, 0.47999998927116394, 0.07999999821186066


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
