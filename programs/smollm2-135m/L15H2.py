"""head: L15H2
heldout_iou: 0.485
heldout_iou_no_bos: 0.480
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS.

name: L15H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L15H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.43,
    ('AUX', 'BOS'): 2.01,
    ('AUX', 'CONJ'): 0.3,
    ('AUX', 'CONTENT'): -0.56,
    ('AUX', 'NAME'): -0.48,
    ('AUX', 'PERIOD'): 1.29,
    ('AUX', 'QUOTE'): 0.28,
    ('AUX', 'WH'): 0.42,
    ('COMMA', 'BOS'): 1.57,
    ('COMMA', 'CONTENT'): -0.62,
    ('COMMA', 'DET'): -0.35,
    ('COMMA', 'NAME'): -0.39,
    ('COMMA', 'PERIOD'): 1.28,
    ('COMMA', 'PREP'): -0.29,
    ('COMMA', 'QUOTE'): 0.26,
    ('CONJ', 'BOS'): 2.33,
    ('CONJ', 'CONTENT'): -0.66,
    ('CONJ', 'DET'): -0.37,
    ('CONJ', 'NAME'): -0.37,
    ('CONJ', 'PERIOD'): 0.96,
    ('CONJ', 'PREP'): -0.32,
    ('CONTENT', 'BOS'): 3.32,
    ('CONTENT', 'CONTENT'): -0.46,
    ('CONTENT', 'DET'): -0.36,
    ('CONTENT', 'NAME'): -0.75,
    ('CONTENT', 'NEWLINE'): 0.51,
    ('CONTENT', 'PERIOD'): 1.35,
    ('CONTENT', 'QUOTE'): 0.6,
    ('CONTENT', 'WH'): 0.36,
    ('DET', 'BOS'): 2.62,
    ('DET', 'CONTENT'): -0.45,
    ('DET', 'DET'): -0.45,
    ('DET', 'NAME'): -0.52,
    ('DET', 'PERIOD'): 1.05,
    ('DET', 'QUOTE'): 0.27,
    ('NAME', 'BOS'): 2.88,
    ('NAME', 'CONTENT'): -0.46,
    ('NAME', 'DET'): -0.3,
    ('NAME', 'NAME'): -0.37,
    ('NAME', 'PERIOD'): 0.72,
    ('NAME', 'QUOTE'): 0.31,
    ('NAME', 'WH'): 0.29,
    ('NEG', 'BOS'): 0.29,
    ('NEWLINE', 'BOS'): 2.29,
    ('NEWLINE', 'CONTENT'): -0.54,
    ('NUMBER', 'BOS'): 1.22,
    ('NUMBER', 'CONTENT'): -0.43,
    ('NUMBER', 'PERIOD'): 0.59,
    ('PERIOD', 'BOS'): 2.87,
    ('PERIOD', 'CONTENT'): -0.58,
    ('PERIOD', 'DET'): -0.38,
    ('PERIOD', 'NAME'): -0.37,
    ('PERIOD', 'NEWLINE'): 0.55,
    ('PERIOD', 'PERIOD'): 1.38,
    ('PERIOD', 'PREP'): -0.38,
    ('PERIOD', 'QUOTE'): 0.3,
    ('PREP', 'BOS'): 2.2,
    ('PREP', 'CONTENT'): -0.56,
    ('PREP', 'DET'): -0.39,
    ('PREP', 'NAME'): -0.49,
    ('PREP', 'PERIOD'): 0.84,
    ('PREP', 'PREP'): -0.32,
    ('PRON_OBJ', 'BOS'): 2.2,
    ('PRON_OBJ', 'CONTENT'): -0.44,
    ('PRON_OBJ', 'NAME'): -0.25,
    ('PRON_OBJ', 'PERIOD'): 0.61,
    ('PRON_OBJ', 'PREP'): -0.25,
    ('PRON_SUBJ', 'BOS'): 2.4,
    ('PRON_SUBJ', 'CONTENT'): -0.62,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'NAME'): -0.28,
    ('PRON_SUBJ', 'NEWLINE'): 0.26,
    ('PRON_SUBJ', 'PERIOD'): 1.15,
    ('PRON_SUBJ', 'QUOTE'): 0.43,
    ('QUOTE', 'BOS'): 1.2,
    ('QUOTE', 'CONTENT'): -0.39,
    ('QUOTE', 'NEWLINE'): 0.32,
    ('TO', 'BOS'): 1.45,
    ('TO', 'CONTENT'): -0.49,
    ('TO', 'DET'): -0.27,
    ('TO', 'NAME'): -0.49,
    ('TO', 'PERIOD'): 0.84,
    ('VERB_ED', 'BOS'): 2.23,
    ('VERB_ED', 'CONTENT'): -0.55,
    ('VERB_ED', 'DET'): -0.32,
    ('VERB_ED', 'NAME'): -0.31,
    ('VERB_ED', 'PERIOD'): 0.84,
    ('VERB_ED', 'PREP'): -0.26,
    ('VERB_ING', 'BOS'): 1.4,
    ('VERB_ING', 'CONTENT'): -0.39,
    ('VERB_ING', 'DET'): -0.25,
    ('VERB_ING', 'PERIOD'): 0.33,
    ('WH', 'BOS'): 1.77,
    ('WH', 'CONTENT'): -0.5,
    ('WH', 'NAME'): -0.29,
    ('WH', 'PERIOD'): 0.71,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.32,
    ('COMMA', 0): -0.26,
    ('COMMA', 1): -0.53,
    ('COMMA', 2): -0.44,
    ('CONJ', 1): -0.28,
    ('CONJ', 7): 0.27,
    ('CONTENT', 0): 0.37,
    ('CONTENT', 7): -0.28,
    ('CONTENT', 8): -0.73,
    ('DET', 1): 0.39,
    ('DET', 2): 0.32,
    ('DET', 8): -0.29,
    ('NAME', 0): 0.5,
    ('NAME', 1): 0.33,
    ('NAME', 2): 0.26,
    ('NEWLINE', 8): 0.73,
    ('PERIOD', 1): -0.36,
    ('PERIOD', 2): -0.32,
    ('PERIOD', 7): 0.38,
    ('PERIOD', 8): 1.42,
    ('PREP', 3): 0.26,
    ('PREP', 4): 0.25,
    ('PREP', 8): -0.44,
    ('PRON_OBJ', 1): 0.42,
    ('PRON_SUBJ', 1): 0.53,
    ('QUOTE', 8): 0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.65,
    2: 1.52,
    3: 1.32,
    4: 1.04,
    5: 0.78,
    6: 0.61,
    7: 0.48,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5799999833106995, -0.20000000298023224, 1.2699999809265137, -0.4000000059604645, -0.029999999329447746


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
