"""head: L3H3
heldout_iou: 0.339
heldout_iou_no_bos: 0.251
Log-linear fit: strongest class pairs CONTENT->BOS, CONTENT->DET, NAME->BOS.

name: L3H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, CONTENT->DET, NAME->BOS
origin: synthesized (search/loglinear)
target: L3H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.27,
    ('ADV_LY', 'BOS'): 0.79,
    ('ADV_LY', 'CONTENT'): -0.28,
    ('ADV_LY', 'DET'): 0.26,
    ('AUX', 'BOS'): 2.07,
    ('AUX', 'CONTENT'): -0.61,
    ('AUX', 'DET'): 1.62,
    ('AUX', 'NAME'): -0.32,
    ('AUX', 'PERIOD'): 1.13,
    ('AUX', 'PREP'): -0.38,
    ('COMMA', 'BOS'): 1.65,
    ('COMMA', 'COMMA'): 0.29,
    ('COMMA', 'CONTENT'): -0.7,
    ('COMMA', 'DET'): 1.38,
    ('COMMA', 'NAME'): -0.28,
    ('COMMA', 'PERIOD'): 0.83,
    ('COMMA', 'PREP'): -0.27,
    ('CONJ', 'AUX'): -0.3,
    ('CONJ', 'BOS'): 1.67,
    ('CONJ', 'COMMA'): 0.34,
    ('CONJ', 'CONTENT'): -0.86,
    ('CONJ', 'DET'): 1.35,
    ('CONJ', 'NAME'): -0.4,
    ('CONJ', 'PERIOD'): 0.94,
    ('CONJ', 'PREP'): -0.43,
    ('CONJ', 'VERB_ED'): -0.25,
    ('CONTENT', 'BOS'): 3.11,
    ('CONTENT', 'COMMA'): 0.73,
    ('CONTENT', 'DET'): 2.77,
    ('CONTENT', 'NAME'): -0.52,
    ('CONTENT', 'NEWLINE'): 0.33,
    ('CONTENT', 'NUMBER'): 0.47,
    ('CONTENT', 'PERIOD'): 1.58,
    ('CONTENT', 'PREP'): -0.74,
    ('CONTENT', 'PRON_OBJ'): -0.47,
    ('CONTENT', 'PRON_SUBJ'): -0.49,
    ('CONTENT', 'PUNCT'): 0.28,
    ('CONTENT', 'TO'): -0.4,
    ('CONTENT', 'WH'): -0.3,
    ('DET', 'BOS'): 2.47,
    ('DET', 'CONTENT'): -0.53,
    ('DET', 'DET'): 1.95,
    ('DET', 'NAME'): -0.37,
    ('DET', 'PERIOD'): 0.7,
    ('DET', 'PREP'): -0.45,
    ('NAME', 'BOS'): 2.51,
    ('NAME', 'CONTENT'): -0.45,
    ('NAME', 'DET'): 1.92,
    ('NAME', 'NAME'): -0.67,
    ('NAME', 'NUMBER'): 0.32,
    ('NAME', 'PERIOD'): 0.83,
    ('NAME', 'PREP'): -0.3,
    ('NAME', 'VERB_ED'): -0.25,
    ('NEG', 'BOS'): 0.39,
    ('NEG', 'CONTENT'): -0.38,
    ('NEG', 'DET'): 0.55,
    ('NEWLINE', 'BOS'): 0.92,
    ('NEWLINE', 'CONTENT'): -0.48,
    ('NEWLINE', 'DET'): 0.6,
    ('NEWLINE', 'NEWLINE'): 0.25,
    ('NEWLINE', 'PERIOD'): 0.26,
    ('NUMBER', 'BOS'): 1.12,
    ('NUMBER', 'CONTENT'): -0.59,
    ('NUMBER', 'DET'): 1.4,
    ('NUMBER', 'PERIOD'): 0.36,
    ('PERIOD', 'AUX'): -0.34,
    ('PERIOD', 'BOS'): 1.63,
    ('PERIOD', 'COMMA'): 0.56,
    ('PERIOD', 'CONJ'): 0.35,
    ('PERIOD', 'CONTENT'): -0.8,
    ('PERIOD', 'DET'): 1.41,
    ('PERIOD', 'NAME'): -0.47,
    ('PERIOD', 'NEWLINE'): 0.32,
    ('PERIOD', 'PERIOD'): 1.17,
    ('PERIOD', 'PREP'): -0.44,
    ('PREP', 'BOS'): 2.4,
    ('PREP', 'COMMA'): 0.26,
    ('PREP', 'CONTENT'): -0.55,
    ('PREP', 'DET'): 2.16,
    ('PREP', 'NAME'): -0.32,
    ('PREP', 'PERIOD'): 0.81,
    ('PREP', 'PREP'): -0.37,
    ('PRON_OBJ', 'BOS'): 1.92,
    ('PRON_OBJ', 'CONTENT'): -0.48,
    ('PRON_OBJ', 'DET'): 1.7,
    ('PRON_OBJ', 'PERIOD'): 0.85,
    ('PRON_OBJ', 'PREP'): -0.3,
    ('PRON_SUBJ', 'BOS'): 2.21,
    ('PRON_SUBJ', 'COMMA'): 0.28,
    ('PRON_SUBJ', 'CONTENT'): -0.53,
    ('PRON_SUBJ', 'DET'): 1.77,
    ('PRON_SUBJ', 'NEWLINE'): 0.25,
    ('PRON_SUBJ', 'PERIOD'): 0.93,
    ('PRON_SUBJ', 'PREP'): -0.33,
    ('QUOTE', 'BOS'): 0.61,
    ('QUOTE', 'CONTENT'): -0.49,
    ('QUOTE', 'DET'): 0.47,
    ('QUOTE', 'PERIOD'): 0.34,
    ('TO', 'BOS'): 1.86,
    ('TO', 'CONTENT'): -0.54,
    ('TO', 'DET'): 1.67,
    ('TO', 'NAME'): -0.29,
    ('TO', 'PERIOD'): 0.47,
    ('TO', 'TO'): -0.26,
    ('VERB_ED', 'BOS'): 2.01,
    ('VERB_ED', 'CONTENT'): -0.59,
    ('VERB_ED', 'DET'): 1.53,
    ('VERB_ED', 'NAME'): -0.28,
    ('VERB_ED', 'PERIOD'): 0.66,
    ('VERB_ED', 'PREP'): -0.3,
    ('VERB_ED', 'VERB_ED'): -0.28,
    ('VERB_ING', 'BOS'): 1.52,
    ('VERB_ING', 'CONTENT'): -0.47,
    ('VERB_ING', 'DET'): 1.53,
    ('VERB_ING', 'PERIOD'): 0.27,
    ('WH', 'BOS'): 1.57,
    ('WH', 'CONTENT'): -0.58,
    ('WH', 'DET'): 1.55,
    ('WH', 'PERIOD'): 0.6,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): 0.34,
    ('CONJ', 0): 0.41,
    ('CONJ', 8): -0.38,
    ('DET', 1): 0.31,
    ('DET', 4): 0.3,
    ('NAME', 0): -0.3,
    ('NAME', 3): -0.31,
    ('NUMBER', 1): 0.36,
    ('PERIOD', 0): 0.46,
    ('PERIOD', 8): -0.32,
    ('PRON_OBJ', 8): 0.26,
    ('VERB_ED', 0): -0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.23,
    1: 1.03,
    2: 0.67,
    3: 0.45,
    4: 0.41,
    5: 0.32,
    6: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6100000143051147, -0.23000000417232513, -0.6200000047683716, -0.10999999940395355, 0.33000001311302185


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
