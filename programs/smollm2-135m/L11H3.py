"""head: L11H3
heldout_iou: 0.467
heldout_iou_no_bos: 0.466
Log-linear fit: strongest class pairs CONTENT->PERIOD, NAME->PERIOD, VERB_ED->PERIOD.

name: L11H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, NAME->PERIOD, VERB_ED->PERIOD
origin: synthesized (search/loglinear)
target: L11H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.59,
    ('AUX', 'BOS'): -0.28,
    ('AUX', 'COMMA'): 0.45,
    ('AUX', 'CONJ'): 0.36,
    ('AUX', 'CONTENT'): -0.59,
    ('AUX', 'DET'): 0.29,
    ('AUX', 'NAME'): -0.38,
    ('AUX', 'NEWLINE'): 0.26,
    ('AUX', 'PERIOD'): 1.79,
    ('AUX', 'PREP'): -0.3,
    ('COMMA', 'COMMA'): 0.27,
    ('COMMA', 'CONTENT'): -0.47,
    ('COMMA', 'PERIOD'): 1.54,
    ('COMMA', 'PREP'): -0.29,
    ('CONJ', 'CONJ'): 0.41,
    ('CONJ', 'CONTENT'): -0.43,
    ('CONJ', 'PERIOD'): 1.34,
    ('CONJ', 'PREP'): -0.3,
    ('CONTENT', 'BOS'): -0.61,
    ('CONTENT', 'COMMA'): 1.17,
    ('CONTENT', 'CONJ'): 0.74,
    ('CONTENT', 'CONTENT'): -0.57,
    ('CONTENT', 'DET'): 0.39,
    ('CONTENT', 'NAME'): -0.76,
    ('CONTENT', 'NEWLINE'): 1.07,
    ('CONTENT', 'NUMBER'): 0.3,
    ('CONTENT', 'PERIOD'): 2.48,
    ('CONTENT', 'PREP'): -0.31,
    ('CONTENT', 'PUNCT'): 0.39,
    ('CONTENT', 'QUOTE'): 0.45,
    ('CONTENT', 'TO'): -0.3,
    ('CONTENT', 'VERB_ED'): -0.58,
    ('CONTENT', 'VERB_ING'): -0.36,
    ('DET', 'COMMA'): 0.31,
    ('DET', 'CONJ'): 0.34,
    ('DET', 'CONTENT'): -0.58,
    ('DET', 'DET'): 0.35,
    ('DET', 'NEWLINE'): 0.27,
    ('DET', 'PERIOD'): 1.73,
    ('DET', 'PREP'): 0.33,
    ('DET', 'VERB_ED'): -0.29,
    ('NAME', 'COMMA'): 0.57,
    ('NAME', 'CONJ'): 0.38,
    ('NAME', 'CONTENT'): -0.77,
    ('NAME', 'NEWLINE'): 0.39,
    ('NAME', 'PERIOD'): 2.26,
    ('NAME', 'PREP'): -0.31,
    ('NAME', 'VERB_ED'): -0.55,
    ('NEG', 'PERIOD'): 0.38,
    ('NEWLINE', 'CONTENT'): -0.38,
    ('NEWLINE', 'PERIOD'): 1.0,
    ('NUMBER', 'CONTENT'): -0.44,
    ('NUMBER', 'PERIOD'): 1.12,
    ('PERIOD', 'AUX'): 0.33,
    ('PERIOD', 'COMMA'): 0.63,
    ('PERIOD', 'CONJ'): 0.46,
    ('PERIOD', 'CONTENT'): -0.62,
    ('PERIOD', 'DET'): 0.27,
    ('PERIOD', 'NAME'): -0.35,
    ('PERIOD', 'NEWLINE'): 0.32,
    ('PERIOD', 'PERIOD'): 1.33,
    ('PERIOD', 'PREP'): -0.36,
    ('PREP', 'COMMA'): 0.73,
    ('PREP', 'CONJ'): 0.32,
    ('PREP', 'CONTENT'): -0.45,
    ('PREP', 'NAME'): -0.38,
    ('PREP', 'NEWLINE'): 0.36,
    ('PREP', 'PERIOD'): 1.92,
    ('PREP', 'PREP'): -0.32,
    ('PREP', 'TO'): -0.27,
    ('PRON_OBJ', 'COMMA'): 0.41,
    ('PRON_OBJ', 'CONJ'): 0.27,
    ('PRON_OBJ', 'CONTENT'): -0.66,
    ('PRON_OBJ', 'PERIOD'): 1.6,
    ('PRON_SUBJ', 'BOS'): -0.26,
    ('PRON_SUBJ', 'COMMA'): 0.58,
    ('PRON_SUBJ', 'CONJ'): 0.59,
    ('PRON_SUBJ', 'CONTENT'): -0.84,
    ('PRON_SUBJ', 'NAME'): -0.33,
    ('PRON_SUBJ', 'NEWLINE'): 0.33,
    ('PRON_SUBJ', 'PERIOD'): 1.77,
    ('PRON_SUBJ', 'PREP'): -0.36,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.3,
    ('PRON_SUBJ', 'VERB_ED'): -0.26,
    ('QUOTE', 'CONTENT'): -0.39,
    ('QUOTE', 'PERIOD'): 0.75,
    ('TO', 'COMMA'): 0.31,
    ('TO', 'CONTENT'): -0.33,
    ('TO', 'NAME'): -0.32,
    ('TO', 'PERIOD'): 1.45,
    ('TO', 'TO'): -0.26,
    ('VERB_ED', 'BOS'): -0.28,
    ('VERB_ED', 'COMMA'): 0.62,
    ('VERB_ED', 'CONJ'): 0.3,
    ('VERB_ED', 'CONTENT'): -0.74,
    ('VERB_ED', 'DET'): 0.38,
    ('VERB_ED', 'NAME'): -0.42,
    ('VERB_ED', 'NEWLINE'): 0.29,
    ('VERB_ED', 'PERIOD'): 1.97,
    ('VERB_ED', 'VERB_ED'): -0.4,
    ('VERB_ING', 'COMMA'): 0.27,
    ('VERB_ING', 'CONJ'): 0.26,
    ('VERB_ING', 'CONTENT'): -0.55,
    ('VERB_ING', 'NAME'): -0.25,
    ('VERB_ING', 'PERIOD'): 1.6,
    ('VERB_ING', 'VERB_ING'): -0.27,
    ('WH', 'COMMA'): 0.28,
    ('WH', 'CONTENT'): -0.6,
    ('WH', 'NAME'): -0.25,
    ('WH', 'PERIOD'): 1.59,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 0): 0.6,
    ('CONJ', 1): 0.35,
    ('DET', 0): 0.37,
    ('DET', 1): 0.34,
    ('DET', 8): -0.28,
    ('NAME', 0): -0.29,
    ('PERIOD', 0): -0.6,
    ('PERIOD', 8): 0.53,
    ('PREP', 0): 0.27,
    ('PREP', 1): 0.47,
    ('PRON_OBJ', 0): 0.33,
    ('PRON_SUBJ', 1): -0.31,
    ('TO', 1): 0.44,
    ('TO', 8): -0.29,
    ('VERB_ED', 1): -0.4,
    ('WH', 1): -0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.39,
    1: 2.21,
    2: 1.17,
    3: 0.46,
    7: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.20000000298023224, -0.10999999940395355, 0.75, 0.5, 0.2199999988079071


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
