"""head: L1H7
heldout_iou: 0.571
heldout_iou_no_bos: 0.576
Log-linear fit: strongest class pairs CONTENT->COMMA, CONTENT->PERIOD, AUX->PERIOD.

name: L1H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->COMMA, CONTENT->PERIOD, AUX->PERIOD
origin: synthesized (search/loglinear)
target: L1H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'CONTENT'): -0.25,
    ('ADV_LY', 'PERIOD'): 0.3,
    ('AUX', 'AUX'): -0.39,
    ('AUX', 'BOS'): -0.58,
    ('AUX', 'COMMA'): 0.79,
    ('AUX', 'CONJ'): 0.39,
    ('AUX', 'CONTENT'): -1.01,
    ('AUX', 'DET'): 0.33,
    ('AUX', 'NAME'): -0.33,
    ('AUX', 'NEWLINE'): 0.26,
    ('AUX', 'PERIOD'): 1.29,
    ('AUX', 'QUOTE'): 0.26,
    ('AUX', 'TO'): 0.62,
    ('AUX', 'VERB_ED'): -0.29,
    ('COMMA', 'COMMA'): 0.36,
    ('COMMA', 'CONTENT'): -0.61,
    ('COMMA', 'PERIOD'): 0.44,
    ('CONJ', 'COMMA'): 0.31,
    ('CONJ', 'CONTENT'): -0.65,
    ('CONJ', 'PERIOD'): 0.72,
    ('CONTENT', 'BOS'): -1.45,
    ('CONTENT', 'COMMA'): 1.66,
    ('CONTENT', 'CONJ'): 1.11,
    ('CONTENT', 'CONTENT'): -0.88,
    ('CONTENT', 'DET'): 0.68,
    ('CONTENT', 'NAME'): -0.52,
    ('CONTENT', 'NEWLINE'): 0.8,
    ('CONTENT', 'PERIOD'): 1.56,
    ('CONTENT', 'PREP'): 0.59,
    ('CONTENT', 'PUNCT'): 0.29,
    ('CONTENT', 'QUOTE'): 0.74,
    ('CONTENT', 'TO'): 1.28,
    ('CONTENT', 'VERB_ED'): -0.71,
    ('CONTENT', 'VERB_ING'): -0.49,
    ('DET', 'AUX'): -0.28,
    ('DET', 'BOS'): -0.56,
    ('DET', 'COMMA'): 0.88,
    ('DET', 'CONJ'): 0.49,
    ('DET', 'CONTENT'): -0.97,
    ('DET', 'DET'): 0.34,
    ('DET', 'NAME'): -0.29,
    ('DET', 'PERIOD'): 1.19,
    ('DET', 'PRON_SUBJ'): 0.35,
    ('DET', 'QUOTE'): 0.26,
    ('DET', 'TO'): 0.56,
    ('DET', 'VERB_ED'): -0.41,
    ('NAME', 'BOS'): -0.5,
    ('NAME', 'COMMA'): 0.89,
    ('NAME', 'CONJ'): 0.63,
    ('NAME', 'CONTENT'): -1.04,
    ('NAME', 'DET'): 0.61,
    ('NAME', 'NAME'): -0.33,
    ('NAME', 'PERIOD'): 0.99,
    ('NAME', 'TO'): 0.78,
    ('NAME', 'VERB_ED'): -0.68,
    ('NEG', 'CONTENT'): -0.28,
    ('NEG', 'PERIOD'): 0.29,
    ('NEWLINE', 'CONTENT'): -0.47,
    ('NEWLINE', 'PERIOD'): 0.84,
    ('NEWLINE', 'QUOTE'): 0.44,
    ('NUMBER', 'CONTENT'): -0.55,
    ('NUMBER', 'NUMBER'): -0.27,
    ('NUMBER', 'PERIOD'): 0.69,
    ('PERIOD', 'BOS'): -0.26,
    ('PERIOD', 'COMMA'): 0.38,
    ('PERIOD', 'CONTENT'): -0.82,
    ('PERIOD', 'NAME'): -0.36,
    ('PERIOD', 'NEWLINE'): 0.43,
    ('PERIOD', 'PERIOD'): 0.41,
    ('PERIOD', 'TO'): 0.28,
    ('PERIOD', 'VERB_ED'): -0.32,
    ('PREP', 'AUX'): -0.36,
    ('PREP', 'BOS'): -0.34,
    ('PREP', 'COMMA'): 1.09,
    ('PREP', 'CONJ'): 0.62,
    ('PREP', 'CONTENT'): -1.13,
    ('PREP', 'DET'): 0.49,
    ('PREP', 'NAME'): -0.33,
    ('PREP', 'NEWLINE'): 0.26,
    ('PREP', 'PERIOD'): 1.09,
    ('PREP', 'TO'): 0.79,
    ('PREP', 'VERB_ED'): -0.45,
    ('PREP', 'VERB_ING'): -0.28,
    ('PRON_OBJ', 'AUX'): -0.32,
    ('PRON_OBJ', 'BOS'): -0.26,
    ('PRON_OBJ', 'COMMA'): 0.5,
    ('PRON_OBJ', 'CONTENT'): -0.98,
    ('PRON_OBJ', 'PERIOD'): 1.04,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.45,
    ('PRON_OBJ', 'TO'): 0.35,
    ('PRON_OBJ', 'VERB_ED'): -0.36,
    ('PRON_OBJ', 'VERB_ING'): -0.27,
    ('PRON_SUBJ', 'AUX'): -0.31,
    ('PRON_SUBJ', 'BOS'): -0.26,
    ('PRON_SUBJ', 'COMMA'): 0.53,
    ('PRON_SUBJ', 'CONTENT'): -0.97,
    ('PRON_SUBJ', 'NAME'): -0.27,
    ('PRON_SUBJ', 'PERIOD'): 1.26,
    ('PRON_SUBJ', 'QUOTE'): 0.45,
    ('PRON_SUBJ', 'TO'): 0.35,
    ('PRON_SUBJ', 'VERB_ED'): -0.3,
    ('QUOTE', 'CONTENT'): -0.42,
    ('QUOTE', 'NEWLINE'): 0.27,
    ('QUOTE', 'PERIOD'): 0.4,
    ('QUOTE', 'QUOTE'): 0.37,
    ('TO', 'AUX'): -0.26,
    ('TO', 'COMMA'): 0.67,
    ('TO', 'CONJ'): 0.28,
    ('TO', 'CONTENT'): -0.85,
    ('TO', 'DET'): 0.37,
    ('TO', 'PERIOD'): 0.8,
    ('TO', 'TO'): 0.82,
    ('VERB_ED', 'BOS'): -0.41,
    ('VERB_ED', 'COMMA'): 0.8,
    ('VERB_ED', 'CONJ'): 0.48,
    ('VERB_ED', 'CONTENT'): -0.88,
    ('VERB_ED', 'DET'): 0.44,
    ('VERB_ED', 'NAME'): -0.28,
    ('VERB_ED', 'PERIOD'): 1.08,
    ('VERB_ED', 'TO'): 0.46,
    ('VERB_ED', 'VERB_ED'): -0.57,
    ('VERB_ING', 'BOS'): -0.26,
    ('VERB_ING', 'COMMA'): 0.38,
    ('VERB_ING', 'CONJ'): 0.38,
    ('VERB_ING', 'CONTENT'): -0.78,
    ('VERB_ING', 'PERIOD'): 0.71,
    ('VERB_ING', 'TO'): 0.34,
    ('VERB_ING', 'VERB_ING'): -0.46,
    ('WH', 'COMMA'): 0.52,
    ('WH', 'CONTENT'): -0.81,
    ('WH', 'DET'): 0.31,
    ('WH', 'PERIOD'): 1.01,
    ('WH', 'TO'): 0.43,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.31,
    ('COMMA', 8): -0.3,
    ('CONJ', 8): -0.5,
    ('NAME', 1): 0.36,
    ('NEWLINE', 1): 0.42,
    ('NEWLINE', 2): 0.37,
    ('NUMBER', 1): 0.27,
    ('PERIOD', 1): -0.52,
    ('PERIOD', 2): -0.3,
    ('PREP', 0): 0.68,
    ('PRON_SUBJ', 0): -0.29,
    ('TO', 0): 0.54,
    ('TO', 1): -0.27,
    ('VERB_ED', 0): -0.42,
    ('VERB_ING', 0): -0.39,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.11,
    2: 1.13,
    3: 1.03,
    4: 0.97,
    5: 0.99,
    6: 0.99,
    7: 0.97,
    8: 0.77,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.15000000596046448, 0.15000000596046448, 0.03999999910593033, 0.5899999737739563, -0.8100000023841858


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
