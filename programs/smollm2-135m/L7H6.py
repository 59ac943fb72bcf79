"""head: L7H6
heldout_iou: 0.336
heldout_iou_no_bos: 0.302
Log-linear fit: strongest class pairs PERIOD->BOS, CONTENT->BOS, DET->BOS.

name: L7H6
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, CONTENT->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L7H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.26,
    ('ADV_LY', 'BOS'): 0.61,
    ('AUX', 'BOS'): 2.17,
    ('AUX', 'CONTENT'): -0.98,
    ('AUX', 'DET'): 1.05,
    ('AUX', 'NAME'): -0.64,
    ('AUX', 'PREP'): -0.39,
    ('AUX', 'PRON_SUBJ'): 0.53,
    ('COMMA', 'BOS'): 2.33,
    ('COMMA', 'CONTENT'): -0.5,
    ('COMMA', 'DET'): 2.06,
    ('CONJ', 'BOS'): 2.39,
    ('CONJ', 'CONTENT'): -0.55,
    ('CONJ', 'DET'): 1.94,
    ('CONJ', 'NAME'): -0.3,
    ('CONTENT', 'BOS'): 2.65,
    ('CONTENT', 'COMMA'): -0.34,
    ('CONTENT', 'CONJ'): -0.38,
    ('CONTENT', 'CONTENT'): -0.51,
    ('CONTENT', 'DET'): 1.48,
    ('CONTENT', 'NAME'): -0.73,
    ('CONTENT', 'NUMBER'): 0.62,
    ('CONTENT', 'PREP'): -0.33,
    ('CONTENT', 'PRON_OBJ'): 0.76,
    ('CONTENT', 'TO'): 0.54,
    ('DET', 'BOS'): 2.53,
    ('DET', 'CONTENT'): -0.41,
    ('DET', 'DET'): 2.1,
    ('DET', 'NAME'): -0.34,
    ('DET', 'PREP'): -0.46,
    ('DET', 'TO'): -0.25,
    ('NAME', 'AUX'): -0.45,
    ('NAME', 'BOS'): 2.5,
    ('NAME', 'CONTENT'): -0.39,
    ('NAME', 'DET'): 1.61,
    ('NAME', 'NAME'): -0.79,
    ('NAME', 'PERIOD'): 0.25,
    ('NAME', 'PREP'): -0.37,
    ('NAME', 'TO'): -0.31,
    ('NEG', 'BOS'): 0.36,
    ('NEG', 'CONTENT'): -0.31,
    ('NEG', 'DET'): 0.28,
    ('NEWLINE', 'BOS'): 1.67,
    ('NEWLINE', 'CONTENT'): -0.29,
    ('NEWLINE', 'DET'): 1.11,
    ('NEWLINE', 'NEWLINE'): -0.35,
    ('NEWLINE', 'PERIOD'): -0.3,
    ('NUMBER', 'BOS'): 1.01,
    ('NUMBER', 'CONTENT'): -0.51,
    ('NUMBER', 'DET'): 1.05,
    ('PERIOD', 'BOS'): 2.89,
    ('PERIOD', 'CONTENT'): -0.34,
    ('PERIOD', 'DET'): 2.44,
    ('PERIOD', 'NAME'): -0.32,
    ('PERIOD', 'NUMBER'): 0.33,
    ('PERIOD', 'PERIOD'): -0.4,
    ('PERIOD', 'PREP'): -0.28,
    ('PREP', 'BOS'): 2.5,
    ('PREP', 'CONTENT'): -0.47,
    ('PREP', 'DET'): 1.59,
    ('PREP', 'NAME'): -0.43,
    ('PREP', 'PREP'): -0.42,
    ('PRON_OBJ', 'BOS'): 2.28,
    ('PRON_OBJ', 'CONTENT'): -0.39,
    ('PRON_OBJ', 'DET'): 1.58,
    ('PRON_OBJ', 'PREP'): -0.3,
    ('PRON_SUBJ', 'BOS'): 2.42,
    ('PRON_SUBJ', 'CONTENT'): -0.48,
    ('PRON_SUBJ', 'DET'): 1.64,
    ('PRON_SUBJ', 'PERIOD'): 0.28,
    ('PRON_SUBJ', 'PREP'): -0.36,
    ('QUOTE', 'BOS'): 1.16,
    ('QUOTE', 'CONTENT'): -0.39,
    ('QUOTE', 'DET'): 0.79,
    ('TO', 'BOS'): 1.99,
    ('TO', 'CONTENT'): -0.47,
    ('TO', 'DET'): 1.26,
    ('TO', 'NAME'): -0.41,
    ('TO', 'TO'): -0.38,
    ('VERB_ED', 'BOS'): 1.95,
    ('VERB_ED', 'CONTENT'): -0.82,
    ('VERB_ED', 'DET'): 0.37,
    ('VERB_ED', 'NAME'): -0.5,
    ('VERB_ED', 'PREP'): -0.32,
    ('VERB_ED', 'PRON_SUBJ'): 0.62,
    ('VERB_ING', 'BOS'): 0.85,
    ('VERB_ING', 'CONTENT'): -0.26,
    ('VERB_ING', 'DET'): 0.55,
    ('WH', 'BOS'): 1.96,
    ('WH', 'CONTENT'): -0.49,
    ('WH', 'DET'): 1.54,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 1): 0.25,
    ('AUX', 1): 0.61,
    ('COMMA', 1): -0.59,
    ('COMMA', 2): -0.35,
    ('COMMA', 8): 0.51,
    ('CONJ', 1): -0.29,
    ('CONTENT', 0): 0.51,
    ('CONTENT', 1): 0.91,
    ('CONTENT', 2): 0.52,
    ('CONTENT', 7): -0.28,
    ('CONTENT', 8): -0.85,
    ('NEWLINE', 1): -0.34,
    ('NEWLINE', 8): 0.63,
    ('PERIOD', 1): -0.57,
    ('PERIOD', 8): 0.68,
    ('PREP', 8): -0.29,
    ('PRON_OBJ', 0): 0.43,
    ('PRON_OBJ', 1): -0.25,
    ('PRON_OBJ', 8): 0.33,
    ('PRON_SUBJ', 0): 0.48,
    ('QUOTE', 8): 0.4,
    ('TO', 0): -0.29,
    ('TO', 1): -0.41,
    ('TO', 2): 0.26,
    ('VERB_ED', 1): 0.38,
    ('VERB_ED', 8): -0.52,
    ('VERB_ING', 1): 0.76,
    ('VERB_ING', 8): -0.53,
    ('WH', 8): 0.33,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.15,
    1: 2.52,
    2: 1.67,
    3: 0.95,
    4: 0.44,
    5: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7799999713897705, -0.5600000023841858, 0.07000000029802322, -0.3400000035762787, 0.28999999165534973


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
