"""head: L0H8
heldout_iou: 0.576
heldout_iou_no_bos: 0.584
Log-linear fit: strongest class pairs CONTENT->PERIOD, VERB_ED->PERIOD, CONTENT->COMMA.

name: L0H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, VERB_ED->PERIOD, CONTENT->COMMA
origin: synthesized (search/loglinear)
target: L0H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.34,
    ('AUX', 'AUX'): 0.45,
    ('AUX', 'BOS'): -0.55,
    ('AUX', 'COMMA'): 0.45,
    ('AUX', 'CONTENT'): -0.55,
    ('AUX', 'DET'): 0.43,
    ('AUX', 'NAME'): -0.35,
    ('AUX', 'PERIOD'): 0.97,
    ('AUX', 'PRON_SUBJ'): -0.29,
    ('AUX', 'TO'): 0.44,
    ('AUX', 'VERB_ED'): -0.33,
    ('COMMA', 'AUX'): 0.37,
    ('COMMA', 'COMMA'): 0.3,
    ('COMMA', 'CONTENT'): -0.37,
    ('COMMA', 'DET'): 0.26,
    ('COMMA', 'PERIOD'): 0.43,
    ('CONJ', 'AUX'): 0.49,
    ('CONJ', 'BOS'): -0.34,
    ('CONJ', 'COMMA'): 0.31,
    ('CONJ', 'CONJ'): -0.27,
    ('CONJ', 'CONTENT'): -0.46,
    ('CONJ', 'DET'): 0.35,
    ('CONJ', 'NAME'): -0.29,
    ('CONJ', 'PERIOD'): 0.51,
    ('CONJ', 'TO'): 0.33,
    ('CONJ', 'VERB_ED'): -0.3,
    ('CONTENT', 'AUX'): 0.79,
    ('CONTENT', 'BOS'): -1.7,
    ('CONTENT', 'COMMA'): 1.33,
    ('CONTENT', 'CONTENT'): -0.77,
    ('CONTENT', 'DET'): 0.65,
    ('CONTENT', 'NAME'): -0.77,
    ('CONTENT', 'NEG'): 0.42,
    ('CONTENT', 'NEWLINE'): 0.57,
    ('CONTENT', 'PERIOD'): 1.82,
    ('CONTENT', 'PREP'): 0.29,
    ('CONTENT', 'PRON_SUBJ'): -0.37,
    ('CONTENT', 'TO'): 0.89,
    ('CONTENT', 'VERB_ED'): -0.96,
    ('CONTENT', 'VERB_ING'): -0.69,
    ('DET', 'AUX'): 0.54,
    ('DET', 'BOS'): -0.63,
    ('DET', 'COMMA'): 0.45,
    ('DET', 'CONTENT'): -0.54,
    ('DET', 'DET'): 1.01,
    ('DET', 'NAME'): -0.36,
    ('DET', 'PERIOD'): 0.79,
    ('DET', 'PRON_SUBJ'): -0.26,
    ('DET', 'TO'): 0.53,
    ('DET', 'VERB_ED'): -0.39,
    ('NAME', 'AUX'): 0.35,
    ('NAME', 'BOS'): -0.69,
    ('NAME', 'COMMA'): 0.7,
    ('NAME', 'CONTENT'): -0.6,
    ('NAME', 'DET'): 0.28,
    ('NAME', 'NAME'): -0.89,
    ('NAME', 'PERIOD'): 1.18,
    ('NAME', 'TO'): 0.37,
    ('NAME', 'VERB_ED'): -0.59,
    ('NAME', 'VERB_ING'): -0.26,
    ('NEWLINE', 'CONTENT'): -0.38,
    ('NEWLINE', 'PERIOD'): 1.09,
    ('NUMBER', 'AUX'): 0.29,
    ('NUMBER', 'BOS'): -0.34,
    ('NUMBER', 'CONTENT'): -0.45,
    ('NUMBER', 'PERIOD'): 0.65,
    ('PERIOD', 'AUX'): 0.59,
    ('PERIOD', 'BOS'): -0.34,
    ('PERIOD', 'COMMA'): 0.64,
    ('PERIOD', 'CONTENT'): -0.61,
    ('PERIOD', 'DET'): 0.33,
    ('PERIOD', 'NAME'): -0.29,
    ('PERIOD', 'PERIOD'): 0.96,
    ('PERIOD', 'TO'): 0.37,
    ('PERIOD', 'VERB_ED'): -0.33,
    ('PREP', 'AUX'): 0.64,
    ('PREP', 'BOS'): -0.59,
    ('PREP', 'COMMA'): 0.63,
    ('PREP', 'CONTENT'): -0.6,
    ('PREP', 'DET'): 0.43,
    ('PREP', 'NAME'): -0.36,
    ('PREP', 'PERIOD'): 1.13,
    ('PREP', 'PRON_SUBJ'): -0.26,
    ('PREP', 'TO'): 0.45,
    ('PREP', 'VERB_ED'): -0.48,
    ('PREP', 'VERB_ING'): -0.25,
    ('PRON_OBJ', 'AUX'): 0.37,
    ('PRON_OBJ', 'BOS'): -0.35,
    ('PRON_OBJ', 'COMMA'): 0.38,
    ('PRON_OBJ', 'CONTENT'): -0.65,
    ('PRON_OBJ', 'DET'): 0.44,
    ('PRON_OBJ', 'PERIOD'): 1.02,
    ('PRON_OBJ', 'TO'): 0.38,
    ('PRON_OBJ', 'VERB_ED'): -0.3,
    ('PRON_SUBJ', 'AUX'): 0.49,
    ('PRON_SUBJ', 'BOS'): -0.41,
    ('PRON_SUBJ', 'COMMA'): 0.45,
    ('PRON_SUBJ', 'CONTENT'): -0.6,
    ('PRON_SUBJ', 'DET'): 0.39,
    ('PRON_SUBJ', 'NAME'): -0.33,
    ('PRON_SUBJ', 'PERIOD'): 1.12,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.44,
    ('PRON_SUBJ', 'TO'): 0.37,
    ('PRON_SUBJ', 'VERB_ED'): -0.33,
    ('QUOTE', 'CONTENT'): -0.42,
    ('QUOTE', 'PERIOD'): 0.73,
    ('TO', 'AUX'): 0.49,
    ('TO', 'BOS'): -0.34,
    ('TO', 'COMMA'): 0.45,
    ('TO', 'CONTENT'): -0.63,
    ('TO', 'DET'): 0.37,
    ('TO', 'PERIOD'): 1.09,
    ('TO', 'TO'): 0.31,
    ('TO', 'VERB_ED'): -0.27,
    ('VERB_ED', 'AUX'): 0.38,
    ('VERB_ED', 'BOS'): -0.59,
    ('VERB_ED', 'COMMA'): 0.75,
    ('VERB_ED', 'CONTENT'): -0.65,
    ('VERB_ED', 'NAME'): -0.4,
    ('VERB_ED', 'PERIOD'): 1.66,
    ('VERB_ED', 'TO'): 0.31,
    ('VERB_ED', 'VERB_ED'): -0.61,
    ('VERB_ING', 'AUX'): 0.28,
    ('VERB_ING', 'BOS'): -0.43,
    ('VERB_ING', 'COMMA'): 0.35,
    ('VERB_ING', 'CONTENT'): -0.75,
    ('VERB_ING', 'DET'): 0.29,
    ('VERB_ING', 'NAME'): -0.33,
    ('VERB_ING', 'PERIOD'): 1.27,
    ('VERB_ING', 'VERB_ED'): -0.25,
    ('VERB_ING', 'VERB_ING'): -0.43,
    ('WH', 'AUX'): 0.43,
    ('WH', 'BOS'): -0.31,
    ('WH', 'COMMA'): 0.32,
    ('WH', 'CONTENT'): -0.54,
    ('WH', 'DET'): 0.28,
    ('WH', 'PERIOD'): 0.93,
    ('WH', 'TO'): 0.27,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): 0.26,
    ('COMMA', 0): 0.47,
    ('DET', 0): -0.63,
    ('NEWLINE', 1): 0.39,
    ('PERIOD', 0): 0.84,
    ('PERIOD', 1): -0.25,
    ('PRON_SUBJ', 1): 0.26,
    ('TO', 0): 0.33,
    ('VERB_ED', 0): -0.32,
    ('VERB_ED', 2): 0.39,
    ('VERB_ING', 0): -0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.7,
    2: 0.72,
    3: 0.73,
    4: 0.76,
    5: 0.91,
    6: 0.9,
    7: 0.91,
    8: 0.89,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3100000023841858, -0.029999999329447746, -0.019999999552965164, 0.46000000834465027, -0.23999999463558197


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
