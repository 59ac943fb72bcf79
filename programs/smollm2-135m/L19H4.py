"""head: L19H4
heldout_iou: 0.515
heldout_iou_no_bos: 0.520
Log-linear fit: strongest class pairs CONTENT->BOS, DET->BOS, NAME->BOS.

name: L19H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, DET->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L19H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.54,
    ('AUX', 'BOS'): 1.85,
    ('AUX', 'CONTENT'): -0.3,
    ('AUX', 'DET'): -0.42,
    ('AUX', 'NAME'): -0.32,
    ('AUX', 'PERIOD'): 1.28,
    ('AUX', 'PREP'): -0.25,
    ('AUX', 'QUOTE'): 0.26,
    ('AUX', 'WH'): 0.31,
    ('COMMA', 'BOS'): 1.72,
    ('COMMA', 'CONTENT'): -0.57,
    ('COMMA', 'DET'): -0.35,
    ('COMMA', 'NAME'): -0.31,
    ('COMMA', 'PERIOD'): 1.02,
    ('COMMA', 'PREP'): -0.33,
    ('CONJ', 'BOS'): 1.83,
    ('CONJ', 'CONTENT'): -0.56,
    ('CONJ', 'DET'): -0.36,
    ('CONJ', 'NAME'): -0.33,
    ('CONJ', 'PERIOD'): 1.04,
    ('CONJ', 'PREP'): -0.34,
    ('CONTENT', 'BOS'): 2.76,
    ('CONTENT', 'COMMA'): 0.42,
    ('CONTENT', 'CONJ'): 0.37,
    ('CONTENT', 'DET'): -0.6,
    ('CONTENT', 'NAME'): -0.34,
    ('CONTENT', 'NEWLINE'): 0.45,
    ('CONTENT', 'PERIOD'): 1.44,
    ('CONTENT', 'PREP'): -0.5,
    ('CONTENT', 'PRON_OBJ'): -0.51,
    ('CONTENT', 'QUOTE'): 0.58,
    ('CONTENT', 'WH'): 0.39,
    ('DET', 'BOS'): 2.46,
    ('DET', 'COMMA'): 0.3,
    ('DET', 'CONTENT'): -0.29,
    ('DET', 'DET'): -0.49,
    ('DET', 'NAME'): -0.31,
    ('DET', 'PERIOD'): 1.18,
    ('DET', 'PREP'): -0.32,
    ('NAME', 'BOS'): 2.38,
    ('NAME', 'CONTENT'): -0.43,
    ('NAME', 'DET'): -0.48,
    ('NAME', 'NAME'): -0.52,
    ('NAME', 'PERIOD'): 0.68,
    ('NAME', 'PREP'): -0.27,
    ('NAME', 'PRON_OBJ'): -0.31,
    ('NEG', 'BOS'): 0.35,
    ('NEWLINE', 'BOS'): 1.35,
    ('NEWLINE', 'CONTENT'): -0.48,
    ('NEWLINE', 'NEWLINE'): 0.26,
    ('NEWLINE', 'PERIOD'): 0.36,
    ('NUMBER', 'BOS'): 1.11,
    ('NUMBER', 'CONTENT'): -0.32,
    ('NUMBER', 'PERIOD'): 0.68,
    ('PERIOD', 'BOS'): 2.14,
    ('PERIOD', 'COMMA'): 0.43,
    ('PERIOD', 'CONTENT'): -0.59,
    ('PERIOD', 'DET'): -0.48,
    ('PERIOD', 'NAME'): -0.33,
    ('PERIOD', 'NEWLINE'): 0.41,
    ('PERIOD', 'PERIOD'): 1.85,
    ('PERIOD', 'PREP'): -0.43,
    ('PERIOD', 'PRON_OBJ'): -0.27,
    ('PERIOD', 'QUOTE'): 0.41,
    ('PREP', 'BOS'): 1.86,
    ('PREP', 'COMMA'): 0.27,
    ('PREP', 'CONJ'): 0.32,
    ('PREP', 'CONTENT'): -0.43,
    ('PREP', 'DET'): -0.37,
    ('PREP', 'NAME'): -0.32,
    ('PREP', 'PERIOD'): 1.11,
    ('PREP', 'PREP'): -0.38,
    ('PRON_OBJ', 'BOS'): 1.63,
    ('PRON_OBJ', 'CONTENT'): -0.37,
    ('PRON_OBJ', 'DET'): -0.33,
    ('PRON_OBJ', 'PERIOD'): 0.67,
    ('PRON_OBJ', 'PREP'): -0.36,
    ('PRON_OBJ', 'PRON_OBJ'): -0.28,
    ('PRON_SUBJ', 'BOS'): 1.67,
    ('PRON_SUBJ', 'CONTENT'): -0.26,
    ('PRON_SUBJ', 'DET'): -0.4,
    ('PRON_SUBJ', 'PERIOD'): 1.0,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('PRON_SUBJ', 'QUOTE'): 0.3,
    ('QUOTE', 'BOS'): 0.9,
    ('QUOTE', 'CONTENT'): -0.33,
    ('QUOTE', 'PERIOD'): 0.25,
    ('QUOTE', 'QUOTE'): 0.26,
    ('TO', 'BOS'): 1.22,
    ('TO', 'CONTENT'): -0.33,
    ('TO', 'PERIOD'): 0.8,
    ('VERB_ED', 'BOS'): 1.7,
    ('VERB_ED', 'CONTENT'): -0.4,
    ('VERB_ED', 'DET'): -0.44,
    ('VERB_ED', 'PERIOD'): 0.9,
    ('VERB_ED', 'PREP'): -0.29,
    ('VERB_ING', 'BOS'): 1.04,
    ('VERB_ING', 'DET'): -0.28,
    ('VERB_ING', 'PERIOD'): 0.46,
    ('WH', 'BOS'): 1.18,
    ('WH', 'CONTENT'): -0.33,
    ('WH', 'PERIOD'): 0.89,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.26,
    ('COMMA', 1): -0.36,
    ('COMMA', 2): -0.36,
    ('CONJ', 1): -0.25,
    ('CONTENT', 0): 0.29,
    ('CONTENT', 8): -0.47,
    ('NAME', 0): 0.27,
    ('NEWLINE', 8): 0.41,
    ('PERIOD', 6): 0.26,
    ('PERIOD', 7): 0.39,
    ('PERIOD', 8): 1.15,
    ('PREP', 8): -0.28,
    ('PRON_SUBJ', 1): 0.49,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.48,
    2: 1.79,
    3: 1.95,
    4: 1.92,
    5: 1.87,
    6: 1.79,
    7: 1.77,
    8: 1.62,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8199999928474426, -0.029999999329447746, 1.1200000047683716, -0.5099999904632568, -0.6200000047683716


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
