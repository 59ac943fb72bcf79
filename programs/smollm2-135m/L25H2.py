"""head: L25H2
heldout_iou: 0.392
heldout_iou_no_bos: 0.368
Log-linear fit: strongest class pairs NAME->BOS, CONTENT->BOS, DET->BOS.

name: L25H2
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->BOS, CONTENT->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L25H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.3,
    ('ADV_LY', 'BOS'): 0.84,
    ('ADV_LY', 'PRON_SUBJ'): 0.27,
    ('AUX', 'BOS'): 2.07,
    ('AUX', 'CONJ'): -0.28,
    ('AUX', 'DET'): -0.37,
    ('AUX', 'PRON_OBJ'): 0.26,
    ('AUX', 'PRON_SUBJ'): 0.95,
    ('COMMA', 'BOS'): 2.1,
    ('COMMA', 'CONTENT'): -0.37,
    ('COMMA', 'DET'): -0.29,
    ('COMMA', 'PRON_OBJ'): 0.41,
    ('COMMA', 'PRON_SUBJ'): 0.81,
    ('CONJ', 'BOS'): 1.9,
    ('CONJ', 'CONJ'): -0.33,
    ('CONJ', 'CONTENT'): -0.4,
    ('CONJ', 'DET'): -0.43,
    ('CONJ', 'PREP'): -0.32,
    ('CONJ', 'PRON_OBJ'): 0.51,
    ('CONJ', 'PRON_SUBJ'): 1.38,
    ('CONTENT', 'BOS'): 4.18,
    ('CONTENT', 'COMMA'): -0.48,
    ('CONTENT', 'CONJ'): -0.59,
    ('CONTENT', 'DET'): -0.88,
    ('CONTENT', 'NAME'): 0.47,
    ('CONTENT', 'NUMBER'): -0.32,
    ('CONTENT', 'PERIOD'): -0.3,
    ('CONTENT', 'PREP'): -0.58,
    ('CONTENT', 'PRON_OBJ'): 0.31,
    ('CONTENT', 'PRON_SUBJ'): 1.47,
    ('DET', 'BOS'): 3.45,
    ('NAME', 'AUX'): -0.27,
    ('NAME', 'BOS'): 4.34,
    ('NAME', 'CONTENT'): -0.46,
    ('NAME', 'DET'): -0.38,
    ('NEG', 'BOS'): 0.26,
    ('NEWLINE', 'BOS'): 2.2,
    ('NEWLINE', 'CONTENT'): -0.49,
    ('NEWLINE', 'NEWLINE'): -0.28,
    ('NEWLINE', 'PRON_SUBJ'): 0.35,
    ('NUMBER', 'BOS'): 2.33,
    ('NUMBER', 'CONTENT'): -0.33,
    ('PERIOD', 'BOS'): 2.3,
    ('PERIOD', 'CONTENT'): -0.62,
    ('PERIOD', 'DET'): -0.63,
    ('PERIOD', 'NAME'): 0.25,
    ('PERIOD', 'PREP'): -0.5,
    ('PERIOD', 'PRON_OBJ'): 1.24,
    ('PERIOD', 'PRON_SUBJ'): 1.62,
    ('PERIOD', 'VERB_ED'): -0.3,
    ('PERIOD', 'VERB_ING'): -0.26,
    ('PREP', 'BOS'): 2.09,
    ('PREP', 'CONTENT'): -0.44,
    ('PREP', 'DET'): -0.61,
    ('PREP', 'PREP'): -0.5,
    ('PREP', 'PRON_OBJ'): 0.83,
    ('PREP', 'PRON_SUBJ'): 1.19,
    ('PREP', 'VERB_ED'): -0.26,
    ('PREP', 'VERB_ING'): -0.3,
    ('PRON_OBJ', 'BOS'): 2.9,
    ('PRON_OBJ', 'DET'): -0.27,
    ('PRON_OBJ', 'PREP'): -0.3,
    ('PRON_OBJ', 'PRON_OBJ'): 0.64,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.36,
    ('PRON_SUBJ', 'BOS'): 3.36,
    ('PRON_SUBJ', 'CONTENT'): -0.32,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.43,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.85,
    ('PUNCT', 'BOS'): 0.28,
    ('QUOTE', 'BOS'): 1.54,
    ('QUOTE', 'CONTENT'): -0.26,
    ('QUOTE', 'PRON_SUBJ'): 0.26,
    ('TO', 'BOS'): 1.18,
    ('TO', 'CONTENT'): -0.35,
    ('TO', 'DET'): -0.29,
    ('TO', 'NAME'): 0.37,
    ('TO', 'PRON_OBJ'): 0.59,
    ('TO', 'PRON_SUBJ'): 1.02,
    ('VERB_ED', 'AUX'): -0.27,
    ('VERB_ED', 'BOS'): 2.21,
    ('VERB_ED', 'CONJ'): -0.27,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ED', 'NAME'): 0.38,
    ('VERB_ED', 'PRON_SUBJ'): 1.0,
    ('VERB_ING', 'BOS'): 1.83,
    ('VERB_ING', 'DET'): -0.31,
    ('VERB_ING', 'PRON_SUBJ'): 0.49,
    ('WH', 'BOS'): 1.43,
    ('WH', 'DET'): -0.31,
    ('WH', 'PRON_OBJ'): 0.51,
    ('WH', 'PRON_SUBJ'): 0.64,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 1.02,
    ('AUX', 8): -0.67,
    ('COMMA', 1): -0.37,
    ('COMMA', 2): -0.38,
    ('CONJ', 0): -0.25,
    ('CONJ', 1): -0.3,
    ('CONJ', 6): 0.28,
    ('CONTENT', 0): 0.36,
    ('CONTENT', 1): 0.37,
    ('CONTENT', 2): 0.26,
    ('CONTENT', 6): -0.35,
    ('CONTENT', 7): -0.33,
    ('CONTENT', 8): -0.92,
    ('NAME', 8): 0.38,
    ('NEG', 2): 0.42,
    ('NEWLINE', 8): 0.59,
    ('NUMBER', 8): 0.41,
    ('PERIOD', 1): -0.54,
    ('PERIOD', 2): -0.31,
    ('PERIOD', 3): -0.26,
    ('PERIOD', 8): 0.63,
    ('PREP', 1): -0.39,
    ('PREP', 8): -0.33,
    ('PRON_OBJ', 0): 0.46,
    ('PRON_OBJ', 8): 0.48,
    ('PRON_SUBJ', 0): 0.34,
    ('PRON_SUBJ', 1): -0.3,
    ('PRON_SUBJ', 8): 0.27,
    ('QUOTE', 8): 0.59,
    ('TO', 2): 0.29,
    ('TO', 3): 0.28,
    ('TO', 8): -0.36,
    ('VERB_ED', 1): 0.79,
    ('VERB_ED', 8): -0.46,
    ('VERB_ING', 2): 0.36,
    ('WH', 1): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.25,
    1: 1.58,
    2: 1.23,
    3: 0.79,
    4: 0.53,
    5: 0.35,
    6: 0.28,
    7: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4699999988079071, 0.25, 1.1699999570846558, -0.5299999713897705, 0.20000000298023224


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
