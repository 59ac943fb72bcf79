"""head: L10H2
heldout_iou: 0.412
heldout_iou_no_bos: 0.411
Log-linear fit: strongest class pairs PERIOD->DET, NAME->DET, CONJ->DET.

name: L10H2
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->DET, NAME->DET, CONJ->DET
origin: synthesized (search/loglinear)
target: L10H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.26,
    ('AUX', 'COMMA'): 0.4,
    ('AUX', 'CONJ'): 0.39,
    ('AUX', 'CONTENT'): -0.51,
    ('AUX', 'DET'): 1.3,
    ('AUX', 'NAME'): -0.4,
    ('AUX', 'PERIOD'): 1.04,
    ('AUX', 'PREP'): -0.26,
    ('AUX', 'WH'): 0.73,
    ('COMMA', 'COMMA'): 0.31,
    ('COMMA', 'CONTENT'): -0.69,
    ('COMMA', 'DET'): 1.61,
    ('COMMA', 'NAME'): -0.26,
    ('COMMA', 'PERIOD'): 1.04,
    ('COMMA', 'PREP'): -0.25,
    ('CONJ', 'CONTENT'): -0.74,
    ('CONJ', 'DET'): 1.76,
    ('CONJ', 'NAME'): -0.36,
    ('CONJ', 'PERIOD'): 1.16,
    ('CONJ', 'PREP'): -0.32,
    ('CONTENT', 'BOS'): -0.63,
    ('CONTENT', 'COMMA'): 0.51,
    ('CONTENT', 'CONTENT'): -0.65,
    ('CONTENT', 'DET'): 1.41,
    ('CONTENT', 'NAME'): -1.13,
    ('CONTENT', 'NUMBER'): 0.3,
    ('CONTENT', 'PERIOD'): 1.16,
    ('CONTENT', 'PREP'): 0.63,
    ('CONTENT', 'PRON_SUBJ'): -0.41,
    ('CONTENT', 'QUOTE'): 0.32,
    ('CONTENT', 'VERB_ED'): -0.51,
    ('DET', 'DET'): 0.73,
    ('DET', 'NAME'): -0.31,
    ('DET', 'PERIOD'): -0.36,
    ('DET', 'PREP'): 0.72,
    ('DET', 'TO'): 0.31,
    ('NAME', 'AUX'): -0.27,
    ('NAME', 'BOS'): -0.28,
    ('NAME', 'COMMA'): 0.44,
    ('NAME', 'CONJ'): 0.34,
    ('NAME', 'CONTENT'): -0.68,
    ('NAME', 'DET'): 1.78,
    ('NAME', 'NAME'): -0.74,
    ('NAME', 'PERIOD'): 1.31,
    ('NAME', 'VERB_ED'): -0.42,
    ('NEG', 'AUX'): 0.3,
    ('NEWLINE', 'CONTENT'): -0.4,
    ('NEWLINE', 'DET'): 1.03,
    ('NEWLINE', 'PERIOD'): 0.44,
    ('NUMBER', 'CONTENT'): -0.37,
    ('NUMBER', 'DET'): 0.72,
    ('PERIOD', 'CONTENT'): -0.64,
    ('PERIOD', 'DET'): 2.03,
    ('PERIOD', 'NAME'): -0.26,
    ('PERIOD', 'NEWLINE'): 0.26,
    ('PERIOD', 'PERIOD'): 1.28,
    ('PERIOD', 'PREP'): -0.45,
    ('PERIOD', 'TO'): -0.26,
    ('PREP', 'COMMA'): 0.26,
    ('PREP', 'DET'): 1.57,
    ('PREP', 'NAME'): -0.39,
    ('PREP', 'PERIOD'): 0.98,
    ('PREP', 'PREP'): -0.45,
    ('PREP', 'TO'): -0.32,
    ('PRON_OBJ', 'DET'): 0.31,
    ('PRON_OBJ', 'PREP'): 0.42,
    ('PRON_SUBJ', 'COMMA'): 0.34,
    ('PRON_SUBJ', 'CONTENT'): -0.61,
    ('PRON_SUBJ', 'DET'): 1.16,
    ('PRON_SUBJ', 'NAME'): -0.26,
    ('PRON_SUBJ', 'WH'): 0.66,
    ('QUOTE', 'CONTENT'): -0.46,
    ('QUOTE', 'DET'): 0.88,
    ('QUOTE', 'PERIOD'): 0.37,
    ('TO', 'CONTENT'): -0.47,
    ('TO', 'DET'): 1.28,
    ('TO', 'NAME'): -0.35,
    ('TO', 'PERIOD'): 0.9,
    ('TO', 'PREP'): -0.33,
    ('TO', 'TO'): -0.46,
    ('VERB_ED', 'COMMA'): 0.43,
    ('VERB_ED', 'CONTENT'): -0.79,
    ('VERB_ED', 'DET'): 1.12,
    ('VERB_ED', 'NAME'): -0.54,
    ('VERB_ED', 'PERIOD'): 1.11,
    ('VERB_ED', 'PREP'): -0.29,
    ('VERB_ED', 'PRON_SUBJ'): -0.29,
    ('VERB_ED', 'VERB_ED'): -0.38,
    ('VERB_ED', 'WH'): 0.47,
    ('VERB_ING', 'CONTENT'): -0.5,
    ('VERB_ING', 'DET'): 1.25,
    ('VERB_ING', 'NAME'): -0.27,
    ('VERB_ING', 'PERIOD'): 0.61,
    ('WH', 'CONTENT'): -0.51,
    ('WH', 'DET'): 1.36,
    ('WH', 'NAME'): -0.27,
    ('WH', 'PERIOD'): 0.52,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 2): 0.28,
    ('AUX', 1): -0.49,
    ('COMMA', 1): -0.52,
    ('COMMA', 2): -0.31,
    ('COMMA', 8): 0.29,
    ('CONJ', 1): -0.4,
    ('CONJ', 2): -0.3,
    ('CONTENT', 1): -0.39,
    ('CONTENT', 2): 0.66,
    ('CONTENT', 3): 0.4,
    ('CONTENT', 4): 0.26,
    ('DET', 1): 1.64,
    ('DET', 8): -0.52,
    ('NEG', 1): 0.34,
    ('NEWLINE', 8): 0.39,
    ('PERIOD', 1): -0.41,
    ('PERIOD', 2): -0.32,
    ('PERIOD', 8): 0.71,
    ('PRON_OBJ', 1): 1.67,
    ('PRON_OBJ', 8): -0.5,
    ('PRON_SUBJ', 0): 0.36,
    ('PRON_SUBJ', 1): 0.92,
    ('PRON_SUBJ', 8): -0.31,
    ('QUOTE', 1): -0.33,
    ('QUOTE', 8): 0.35,
    ('TO', 0): -0.33,
    ('TO', 1): -0.46,
    ('VERB_ED', 1): -0.53,
    ('VERB_ING', 1): -0.36,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.44,
    1: 1.79,
    2: 0.9,
    3: 0.47,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.15000000596046448, 0.009999999776482582, 0.18000000715255737, 0.550000011920929, -0.47999998927116394


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
