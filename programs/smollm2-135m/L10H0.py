"""head: L10H0
heldout_iou: 0.508
heldout_iou_no_bos: 0.507
Log-linear fit: strongest class pairs CONTENT->PERIOD, PERIOD->DET, CONJ->PERIOD.

name: L10H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, PERIOD->DET, CONJ->PERIOD
origin: synthesized (search/loglinear)
target: L10H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.36,
    ('AUX', 'AUX'): -0.41,
    ('AUX', 'COMMA'): 0.36,
    ('AUX', 'CONJ'): 0.3,
    ('AUX', 'CONTENT'): -0.64,
    ('AUX', 'DET'): 0.82,
    ('AUX', 'NAME'): -0.45,
    ('AUX', 'PERIOD'): 1.17,
    ('AUX', 'PREP'): -0.37,
    ('AUX', 'QUOTE'): 0.27,
    ('COMMA', 'COMMA'): 0.43,
    ('COMMA', 'CONTENT'): -0.69,
    ('COMMA', 'DET'): 0.68,
    ('COMMA', 'NAME'): -0.3,
    ('COMMA', 'PERIOD'): 1.07,
    ('COMMA', 'PREP'): -0.33,
    ('CONJ', 'COMMA'): 0.45,
    ('CONJ', 'CONTENT'): -0.72,
    ('CONJ', 'DET'): 0.72,
    ('CONJ', 'NAME'): -0.38,
    ('CONJ', 'PERIOD'): 1.3,
    ('CONJ', 'PREP'): -0.41,
    ('CONTENT', 'BOS'): -0.86,
    ('CONTENT', 'COMMA'): 0.83,
    ('CONTENT', 'CONJ'): 0.44,
    ('CONTENT', 'CONTENT'): -0.72,
    ('CONTENT', 'DET'): 1.26,
    ('CONTENT', 'NAME'): -0.99,
    ('CONTENT', 'NEWLINE'): 0.53,
    ('CONTENT', 'PERIOD'): 1.49,
    ('CONTENT', 'QUOTE'): 0.63,
    ('CONTENT', 'VERB_ED'): -0.39,
    ('CONTENT', 'VERB_ING'): -0.43,
    ('CONTENT', 'WH'): 0.27,
    ('DET', 'AUX'): -0.37,
    ('DET', 'COMMA'): 0.47,
    ('DET', 'CONTENT'): -0.57,
    ('DET', 'DET'): 1.11,
    ('DET', 'NAME'): -0.38,
    ('DET', 'NEWLINE'): 0.25,
    ('DET', 'PERIOD'): 1.2,
    ('DET', 'PREP'): -0.58,
    ('DET', 'QUOTE'): 0.27,
    ('DET', 'TO'): -0.44,
    ('DET', 'VERB_ED'): -0.3,
    ('NAME', 'BOS'): -0.37,
    ('NAME', 'COMMA'): 0.47,
    ('NAME', 'CONTENT'): -0.71,
    ('NAME', 'DET'): 1.28,
    ('NAME', 'NAME'): -0.98,
    ('NAME', 'PERIOD'): 1.14,
    ('NAME', 'QUOTE'): 0.3,
    ('NAME', 'VERB_ED'): -0.28,
    ('NEG', 'PERIOD'): 0.26,
    ('NEWLINE', 'CONTENT'): -0.36,
    ('NEWLINE', 'DET'): 0.76,
    ('NEWLINE', 'PERIOD'): 0.26,
    ('NUMBER', 'CONTENT'): -0.48,
    ('NUMBER', 'DET'): 0.79,
    ('NUMBER', 'PERIOD'): 0.73,
    ('PERIOD', 'AUX'): -0.33,
    ('PERIOD', 'CONTENT'): -0.71,
    ('PERIOD', 'DET'): 1.35,
    ('PERIOD', 'NAME'): -0.43,
    ('PERIOD', 'PERIOD'): 0.85,
    ('PERIOD', 'PREP'): -0.56,
    ('PERIOD', 'TO'): -0.34,
    ('PREP', 'COMMA'): 0.43,
    ('PREP', 'CONTENT'): -0.64,
    ('PREP', 'DET'): 1.23,
    ('PREP', 'NAME'): -0.44,
    ('PREP', 'NEWLINE'): 0.3,
    ('PREP', 'PERIOD'): 1.17,
    ('PREP', 'PREP'): -0.58,
    ('PREP', 'TO'): -0.27,
    ('PREP', 'VERB_ED'): -0.27,
    ('PRON_OBJ', 'COMMA'): 0.26,
    ('PRON_OBJ', 'CONTENT'): -0.61,
    ('PRON_OBJ', 'DET'): 1.05,
    ('PRON_OBJ', 'NAME'): -0.28,
    ('PRON_OBJ', 'PERIOD'): 1.12,
    ('PRON_OBJ', 'PREP'): -0.32,
    ('PRON_SUBJ', 'COMMA'): 0.42,
    ('PRON_SUBJ', 'CONTENT'): -0.7,
    ('PRON_SUBJ', 'DET'): 0.99,
    ('PRON_SUBJ', 'NAME'): -0.33,
    ('PRON_SUBJ', 'NEWLINE'): 0.36,
    ('PRON_SUBJ', 'PERIOD'): 1.19,
    ('PRON_SUBJ', 'PREP'): -0.32,
    ('PRON_SUBJ', 'QUOTE'): 0.46,
    ('QUOTE', 'CONTENT'): -0.46,
    ('QUOTE', 'DET'): 0.37,
    ('QUOTE', 'NEWLINE'): 0.29,
    ('QUOTE', 'PERIOD'): 0.29,
    ('QUOTE', 'QUOTE'): 0.29,
    ('TO', 'COMMA'): 0.26,
    ('TO', 'CONTENT'): -0.56,
    ('TO', 'DET'): 0.9,
    ('TO', 'NAME'): -0.35,
    ('TO', 'PERIOD'): 0.89,
    ('TO', 'PREP'): -0.29,
    ('TO', 'TO'): -0.45,
    ('VERB_ED', 'COMMA'): 0.48,
    ('VERB_ED', 'CONJ'): 0.29,
    ('VERB_ED', 'CONTENT'): -0.71,
    ('VERB_ED', 'DET'): 0.72,
    ('VERB_ED', 'NAME'): -0.51,
    ('VERB_ED', 'PERIOD'): 1.1,
    ('VERB_ED', 'PREP'): -0.26,
    ('VERB_ED', 'VERB_ED'): -0.41,
    ('VERB_ING', 'CONTENT'): -0.55,
    ('VERB_ING', 'DET'): 0.5,
    ('VERB_ING', 'NAME'): -0.26,
    ('VERB_ING', 'PERIOD'): 0.59,
    ('VERB_ING', 'VERB_ING'): -0.33,
    ('WH', 'COMMA'): 0.26,
    ('WH', 'CONTENT'): -0.6,
    ('WH', 'DET'): 0.84,
    ('WH', 'PERIOD'): 1.03,
    ('WH', 'PREP'): -0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): 0.25,
    ('COMMA', 1): -0.39,
    ('CONJ', 0): 0.25,
    ('CONTENT', 2): 0.49,
    ('CONTENT', 3): 0.28,
    ('NAME', 1): 0.42,
    ('NEWLINE', 8): 0.36,
    ('PERIOD', 0): 0.37,
    ('PERIOD', 1): -0.29,
    ('PERIOD', 2): -0.26,
    ('PERIOD', 8): 0.57,
    ('PREP', 0): -0.3,
    ('PRON_OBJ', 0): 0.38,
    ('PRON_OBJ', 1): 0.39,
    ('PRON_SUBJ', 1): 0.37,
    ('TO', 0): -0.28,
    ('TO', 1): -0.31,
    ('VERB_ED', 2): 0.28,
    ('VERB_ING', 1): 0.32,
    ('VERB_ING', 8): -0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.61,
    2: 1.9,
    3: 2.03,
    4: 2.02,
    5: 2.1,
    6: 2.15,
    7: 2.19,
    8: 2.09,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.029999999329447746, 0.05000000074505806, 0.029999999329447746, 0.5400000214576721, -1.149999976158142


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
