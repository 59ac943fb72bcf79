"""head: L12H1
heldout_iou: 0.579
heldout_iou_no_bos: 0.570
Log-linear fit: strongest class pairs CONTENT->PERIOD, PERIOD->BOS, NAME->PERIOD.

name: L12H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, PERIOD->BOS, NAME->PERIOD
origin: synthesized (search/loglinear)
target: L12H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.29,
    ('ADV_LY', 'PERIOD'): 0.36,
    ('AUX', 'BOS'): 1.08,
    ('AUX', 'COMMA'): 0.35,
    ('AUX', 'CONTENT'): -0.54,
    ('AUX', 'DET'): -0.32,
    ('AUX', 'NAME'): -0.39,
    ('AUX', 'NEWLINE'): 0.32,
    ('AUX', 'PERIOD'): 1.19,
    ('AUX', 'PREP'): -0.29,
    ('AUX', 'QUOTE'): 0.3,
    ('COMMA', 'BOS'): 0.86,
    ('COMMA', 'COMMA'): 0.31,
    ('COMMA', 'CONTENT'): -0.61,
    ('COMMA', 'DET'): -0.33,
    ('COMMA', 'NAME'): -0.38,
    ('COMMA', 'NEWLINE'): 0.27,
    ('COMMA', 'PERIOD'): 1.24,
    ('COMMA', 'PREP'): -0.29,
    ('CONJ', 'BOS'): 0.79,
    ('CONJ', 'COMMA'): 0.36,
    ('CONJ', 'CONTENT'): -0.62,
    ('CONJ', 'DET'): -0.35,
    ('CONJ', 'NAME'): -0.43,
    ('CONJ', 'PERIOD'): 1.24,
    ('CONJ', 'PREP'): -0.34,
    ('CONTENT', 'BOS'): 1.42,
    ('CONTENT', 'COMMA'): 0.75,
    ('CONTENT', 'CONJ'): 0.39,
    ('CONTENT', 'CONTENT'): -0.45,
    ('CONTENT', 'DET'): -0.62,
    ('CONTENT', 'NAME'): -0.64,
    ('CONTENT', 'NEWLINE'): 1.16,
    ('CONTENT', 'PERIOD'): 1.76,
    ('CONTENT', 'PREP'): -0.6,
    ('CONTENT', 'PRON_OBJ'): -0.37,
    ('CONTENT', 'PRON_SUBJ'): 0.3,
    ('CONTENT', 'QUOTE'): 1.0,
    ('CONTENT', 'TO'): -0.39,
    ('CONTENT', 'VERB_ING'): -0.32,
    ('CONTENT', 'WH'): 0.33,
    ('DET', 'BOS'): 1.34,
    ('DET', 'COMMA'): 0.46,
    ('DET', 'CONTENT'): -0.52,
    ('DET', 'DET'): -0.47,
    ('DET', 'NAME'): -0.46,
    ('DET', 'NEWLINE'): 0.42,
    ('DET', 'PERIOD'): 1.38,
    ('DET', 'PREP'): -0.44,
    ('DET', 'QUOTE'): 0.28,
    ('NAME', 'BOS'): 1.26,
    ('NAME', 'COMMA'): 0.32,
    ('NAME', 'CONTENT'): -0.48,
    ('NAME', 'DET'): -0.49,
    ('NAME', 'NAME'): -0.5,
    ('NAME', 'NEWLINE'): 0.39,
    ('NAME', 'PERIOD'): 1.5,
    ('NAME', 'PREP'): -0.37,
    ('NAME', 'QUOTE'): 0.37,
    ('NEG', 'PERIOD'): 0.32,
    ('NEWLINE', 'BOS'): 1.16,
    ('NEWLINE', 'CONTENT'): -0.44,
    ('NEWLINE', 'NEWLINE'): 0.44,
    ('NEWLINE', 'PERIOD'): 0.35,
    ('NUMBER', 'BOS'): 0.73,
    ('NUMBER', 'CONTENT'): -0.42,
    ('NUMBER', 'PERIOD'): 0.84,
    ('PERIOD', 'BOS'): 1.62,
    ('PERIOD', 'COMMA'): 0.25,
    ('PERIOD', 'CONTENT'): -0.56,
    ('PERIOD', 'DET'): -0.46,
    ('PERIOD', 'NAME'): -0.46,
    ('PERIOD', 'NEWLINE'): 0.51,
    ('PERIOD', 'PERIOD'): 1.24,
    ('PERIOD', 'PREP'): -0.46,
    ('PERIOD', 'TO'): -0.28,
    ('PREP', 'BOS'): 1.07,
    ('PREP', 'COMMA'): 0.47,
    ('PREP', 'CONTENT'): -0.58,
    ('PREP', 'DET'): -0.39,
    ('PREP', 'NAME'): -0.46,
    ('PREP', 'NEWLINE'): 0.46,
    ('PREP', 'PERIOD'): 1.32,
    ('PREP', 'PREP'): -0.42,
    ('PRON_OBJ', 'BOS'): 1.02,
    ('PRON_OBJ', 'CONTENT'): -0.52,
    ('PRON_OBJ', 'DET'): -0.33,
    ('PRON_OBJ', 'NAME'): -0.26,
    ('PRON_OBJ', 'PERIOD'): 1.03,
    ('PRON_OBJ', 'PREP'): -0.32,
    ('PRON_SUBJ', 'BOS'): 1.17,
    ('PRON_SUBJ', 'COMMA'): 0.27,
    ('PRON_SUBJ', 'CONTENT'): -0.61,
    ('PRON_SUBJ', 'DET'): -0.42,
    ('PRON_SUBJ', 'NAME'): -0.38,
    ('PRON_SUBJ', 'NEWLINE'): 0.4,
    ('PRON_SUBJ', 'PERIOD'): 1.18,
    ('PRON_SUBJ', 'PREP'): -0.39,
    ('PRON_SUBJ', 'QUOTE'): 0.33,
    ('QUOTE', 'CONTENT'): -0.35,
    ('QUOTE', 'NEWLINE'): 0.37,
    ('QUOTE', 'PERIOD'): 0.36,
    ('QUOTE', 'QUOTE'): 0.3,
    ('TO', 'BOS'): 0.62,
    ('TO', 'CONTENT'): -0.46,
    ('TO', 'DET'): -0.28,
    ('TO', 'NAME'): -0.39,
    ('TO', 'PERIOD'): 1.04,
    ('VERB_ED', 'BOS'): 0.9,
    ('VERB_ED', 'COMMA'): 0.33,
    ('VERB_ED', 'CONTENT'): -0.61,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ED', 'NAME'): -0.35,
    ('VERB_ED', 'NEWLINE'): 0.34,
    ('VERB_ED', 'PERIOD'): 1.24,
    ('VERB_ED', 'PREP'): -0.32,
    ('VERB_ING', 'BOS'): 0.57,
    ('VERB_ING', 'CONTENT'): -0.4,
    ('VERB_ING', 'DET'): -0.27,
    ('VERB_ING', 'PERIOD'): 0.96,
    ('WH', 'BOS'): 0.59,
    ('WH', 'CONTENT'): -0.5,
    ('WH', 'DET'): -0.27,
    ('WH', 'NAME'): -0.27,
    ('WH', 'PERIOD'): 1.01,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('PERIOD', 0): 0.44,
    ('PERIOD', 8): 0.56,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.87,
    2: 1.14,
    3: 1.38,
    4: 1.52,
    5: 1.65,
    6: 1.78,
    7: 1.89,
    8: 2.1,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.1899999976158142, 0.0, 0.3199999928474426, -0.17000000178813934, -0.6899999976158142


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
