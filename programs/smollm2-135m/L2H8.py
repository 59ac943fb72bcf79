"""head: L2H8
heldout_iou: 0.407
heldout_iou_no_bos: 0.400
Log-linear fit: strongest class pairs DET->PERIOD, NAME->PERIOD, COMMA->PERIOD.

name: L2H8
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->PERIOD, NAME->PERIOD, COMMA->PERIOD
origin: synthesized (search/loglinear)
target: L2H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.27,
    ('ADV_LY', 'PERIOD'): 0.31,
    ('AUX', 'BOS'): 0.59,
    ('AUX', 'COMMA'): 0.67,
    ('AUX', 'CONJ'): 0.27,
    ('AUX', 'CONTENT'): -1.04,
    ('AUX', 'DET'): 0.76,
    ('AUX', 'NAME'): -0.59,
    ('AUX', 'PERIOD'): 1.26,
    ('AUX', 'PREP'): -0.54,
    ('AUX', 'PRON_OBJ'): -0.27,
    ('AUX', 'PRON_SUBJ'): -0.27,
    ('AUX', 'VERB_ED'): -0.27,
    ('COMMA', 'BOS'): 0.48,
    ('COMMA', 'COMMA'): 0.71,
    ('COMMA', 'CONTENT'): -0.73,
    ('COMMA', 'DET'): 0.94,
    ('COMMA', 'NAME'): -0.26,
    ('COMMA', 'NEWLINE'): 0.25,
    ('COMMA', 'PERIOD'): 1.31,
    ('COMMA', 'PREP'): -0.33,
    ('CONJ', 'AUX'): -0.26,
    ('CONJ', 'BOS'): 0.62,
    ('CONJ', 'COMMA'): 0.86,
    ('CONJ', 'CONTENT'): -0.8,
    ('CONJ', 'DET'): 1.02,
    ('CONJ', 'NAME'): -0.4,
    ('CONJ', 'PERIOD'): 1.24,
    ('CONJ', 'PREP'): -0.45,
    ('CONJ', 'TO'): -0.3,
    ('CONTENT', 'ADV_LY'): -0.41,
    ('CONTENT', 'BOS'): 0.77,
    ('CONTENT', 'COMMA'): 1.19,
    ('CONTENT', 'CONJ'): 0.41,
    ('CONTENT', 'CONTENT'): -0.94,
    ('CONTENT', 'DET'): 0.92,
    ('CONTENT', 'NAME'): -1.06,
    ('CONTENT', 'PERIOD'): 1.2,
    ('CONTENT', 'PREP'): -0.28,
    ('CONTENT', 'PRON_SUBJ'): -0.67,
    ('CONTENT', 'TO'): 0.39,
    ('CONTENT', 'VERB_ED'): -0.52,
    ('CONTENT', 'VERB_ING'): -0.6,
    ('DET', 'BOS'): 0.98,
    ('DET', 'COMMA'): 1.02,
    ('DET', 'CONJ'): 0.41,
    ('DET', 'CONTENT'): -0.47,
    ('DET', 'DET'): 0.68,
    ('DET', 'NAME'): -0.36,
    ('DET', 'PERIOD'): 1.52,
    ('DET', 'PREP'): -0.53,
    ('DET', 'PRON_OBJ'): -0.28,
    ('DET', 'TO'): -0.54,
    ('NAME', 'BOS'): 1.0,
    ('NAME', 'COMMA'): 1.11,
    ('NAME', 'CONJ'): 0.51,
    ('NAME', 'CONTENT'): -0.79,
    ('NAME', 'DET'): 1.18,
    ('NAME', 'NAME'): -0.75,
    ('NAME', 'PERIOD'): 1.37,
    ('NAME', 'PREP'): -0.27,
    ('NAME', 'TO'): -0.27,
    ('NAME', 'VERB_ED'): -0.52,
    ('NEG', 'CONTENT'): -0.29,
    ('NEWLINE', 'COMMA'): 0.25,
    ('NEWLINE', 'CONTENT'): -0.44,
    ('NEWLINE', 'NEWLINE'): 0.44,
    ('NEWLINE', 'PERIOD'): 0.64,
    ('NUMBER', 'BOS'): 0.27,
    ('NUMBER', 'COMMA'): 0.35,
    ('NUMBER', 'CONTENT'): -0.56,
    ('NUMBER', 'DET'): 0.59,
    ('NUMBER', 'PERIOD'): 0.73,
    ('PERIOD', 'AUX'): -0.29,
    ('PERIOD', 'BOS'): 0.72,
    ('PERIOD', 'COMMA'): 1.28,
    ('PERIOD', 'CONJ'): 0.45,
    ('PERIOD', 'CONTENT'): -0.84,
    ('PERIOD', 'DET'): 1.0,
    ('PERIOD', 'NAME'): -0.42,
    ('PERIOD', 'NEWLINE'): 0.63,
    ('PERIOD', 'PERIOD'): 1.28,
    ('PERIOD', 'PREP'): -0.6,
    ('PERIOD', 'PRON_OBJ'): -0.27,
    ('PERIOD', 'PRON_SUBJ'): -0.26,
    ('PERIOD', 'TO'): -0.35,
    ('PREP', 'BOS'): 0.83,
    ('PREP', 'COMMA'): 1.03,
    ('PREP', 'CONJ'): 0.43,
    ('PREP', 'CONTENT'): -0.64,
    ('PREP', 'DET'): 0.97,
    ('PREP', 'NAME'): -0.48,
    ('PREP', 'PERIOD'): 1.25,
    ('PREP', 'PREP'): -0.66,
    ('PREP', 'PRON_SUBJ'): -0.26,
    ('PREP', 'TO'): -0.36,
    ('PRON_OBJ', 'BOS'): 0.44,
    ('PRON_OBJ', 'COMMA'): 0.53,
    ('PRON_OBJ', 'CONTENT'): -0.68,
    ('PRON_OBJ', 'DET'): 0.48,
    ('PRON_OBJ', 'PERIOD'): 1.16,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.38,
    ('PRON_OBJ', 'TO'): -0.3,
    ('PRON_SUBJ', 'BOS'): 0.33,
    ('PRON_SUBJ', 'COMMA'): 0.92,
    ('PRON_SUBJ', 'CONJ'): 0.44,
    ('PRON_SUBJ', 'CONTENT'): -0.93,
    ('PRON_SUBJ', 'DET'): 0.56,
    ('PRON_SUBJ', 'NAME'): -0.44,
    ('PRON_SUBJ', 'PERIOD'): 1.16,
    ('PRON_SUBJ', 'PREP'): -0.54,
    ('PRON_SUBJ', 'TO'): -0.28,
    ('QUOTE', 'CONTENT'): -0.47,
    ('QUOTE', 'NEWLINE'): 0.28,
    ('QUOTE', 'PERIOD'): 0.63,
    ('TO', 'BOS'): 0.53,
    ('TO', 'COMMA'): 0.41,
    ('TO', 'CONTENT'): -0.53,
    ('TO', 'DET'): 0.61,
    ('TO', 'NAME'): -0.42,
    ('TO', 'PERIOD'): 0.81,
    ('TO', 'PREP'): -0.34,
    ('TO', 'TO'): -0.38,
    ('VERB_ED', 'BOS'): 0.29,
    ('VERB_ED', 'COMMA'): 0.77,
    ('VERB_ED', 'CONJ'): 0.46,
    ('VERB_ED', 'CONTENT'): -1.06,
    ('VERB_ED', 'DET'): 0.54,
    ('VERB_ED', 'NAME'): -0.57,
    ('VERB_ED', 'PERIOD'): 1.23,
    ('VERB_ED', 'PREP'): -0.4,
    ('VERB_ED', 'VERB_ED'): -0.36,
    ('VERB_ING', 'COMMA'): 0.37,
    ('VERB_ING', 'CONTENT'): -0.69,
    ('VERB_ING', 'DET'): 0.63,
    ('VERB_ING', 'NAME'): -0.3,
    ('VERB_ING', 'PERIOD'): 0.73,
    ('WH', 'COMMA'): 0.61,
    ('WH', 'CONTENT'): -0.64,
    ('WH', 'DET'): 0.67,
    ('WH', 'PERIOD'): 1.03,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.4,
    ('CONTENT', 0): 0.27,
    ('CONTENT', 1): 0.57,
    ('CONTENT', 2): 0.37,
    ('CONTENT', 8): -0.44,
    ('NAME', 3): -0.28,
    ('NEWLINE', 8): 0.27,
    ('NUMBER', 1): 0.25,
    ('PERIOD', 1): -0.38,
    ('PERIOD', 8): 0.66,
    ('PRON_SUBJ', 1): -0.32,
    ('TO', 8): -0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.43,
    1: 1.5,
    2: 1.14,
    3: 0.75,
    4: 0.39,
    5: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5, -0.11999999731779099, 0.07000000029802322, 0.44999998807907104, -0.05999999865889549


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
