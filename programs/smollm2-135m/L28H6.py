"""head: L28H6
heldout_iou: 0.498
heldout_iou_no_bos: 0.480
Log-linear fit: strongest class pairs PERIOD->BOS, NEWLINE->BOS, CONTENT->BOS.

name: L28H6
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, NEWLINE->BOS, CONTENT->BOS
origin: synthesized (search/loglinear)
target: L28H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.46,
    ('ADV_LY', 'PERIOD'): 0.37,
    ('AUX', 'BOS'): 0.88,
    ('AUX', 'CONTENT'): -0.26,
    ('AUX', 'DET'): -0.41,
    ('AUX', 'NEWLINE'): 0.3,
    ('AUX', 'PERIOD'): 1.64,
    ('AUX', 'PREP'): -0.43,
    ('AUX', 'QUOTE'): 0.51,
    ('COMMA', 'BOS'): 1.22,
    ('COMMA', 'CONTENT'): -0.41,
    ('COMMA', 'DET'): -0.3,
    ('COMMA', 'NEWLINE'): 0.37,
    ('COMMA', 'PERIOD'): 1.39,
    ('COMMA', 'PREP'): -0.3,
    ('COMMA', 'QUOTE'): 0.39,
    ('CONJ', 'BOS'): 1.38,
    ('CONJ', 'CONTENT'): -0.25,
    ('CONJ', 'DET'): -0.35,
    ('CONJ', 'NEWLINE'): 0.29,
    ('CONJ', 'PERIOD'): 1.47,
    ('CONJ', 'PREP'): -0.34,
    ('CONTENT', 'BOS'): 1.99,
    ('CONTENT', 'COMMA'): 0.48,
    ('CONTENT', 'DET'): -0.8,
    ('CONTENT', 'NEWLINE'): 1.45,
    ('CONTENT', 'NUMBER'): 0.28,
    ('CONTENT', 'PERIOD'): 1.92,
    ('CONTENT', 'PREP'): -0.84,
    ('CONTENT', 'PRON_SUBJ'): 0.38,
    ('CONTENT', 'PUNCT'): 0.36,
    ('CONTENT', 'QUOTE'): 1.49,
    ('CONTENT', 'TO'): -0.72,
    ('DET', 'BOS'): 1.03,
    ('DET', 'COMMA'): 0.28,
    ('DET', 'CONTENT'): -0.35,
    ('DET', 'DET'): -0.33,
    ('DET', 'NAME'): -0.37,
    ('DET', 'NEWLINE'): 0.33,
    ('DET', 'PERIOD'): 1.42,
    ('DET', 'PREP'): -0.51,
    ('DET', 'QUOTE'): 0.5,
    ('DET', 'TO'): -0.41,
    ('NAME', 'BOS'): 1.86,
    ('NAME', 'CONTENT'): -0.45,
    ('NAME', 'DET'): -0.55,
    ('NAME', 'NAME'): -0.4,
    ('NAME', 'NEWLINE'): 0.29,
    ('NAME', 'PERIOD'): 1.15,
    ('NAME', 'PREP'): -0.45,
    ('NAME', 'PRON_SUBJ'): 0.45,
    ('NAME', 'QUOTE'): 0.58,
    ('NAME', 'TO'): -0.26,
    ('NEG', 'PERIOD'): 0.4,
    ('NEWLINE', 'BOS'): 2.07,
    ('NEWLINE', 'CONTENT'): -0.56,
    ('NEWLINE', 'QUOTE'): 0.3,
    ('NUMBER', 'BOS'): 0.68,
    ('NUMBER', 'PERIOD'): 0.9,
    ('PERIOD', 'AUX'): -0.26,
    ('PERIOD', 'BOS'): 2.93,
    ('PERIOD', 'CONTENT'): -0.83,
    ('PERIOD', 'DET'): -0.35,
    ('PERIOD', 'NAME'): -0.34,
    ('PERIOD', 'NEWLINE'): 1.34,
    ('PERIOD', 'PERIOD'): 1.34,
    ('PERIOD', 'PREP'): -0.43,
    ('PERIOD', 'QUOTE'): 0.52,
    ('PREP', 'BOS'): 1.28,
    ('PREP', 'CONTENT'): -0.27,
    ('PREP', 'DET'): -0.37,
    ('PREP', 'NAME'): -0.29,
    ('PREP', 'NEWLINE'): 0.54,
    ('PREP', 'PERIOD'): 1.41,
    ('PREP', 'PREP'): -0.49,
    ('PREP', 'QUOTE'): 0.37,
    ('PREP', 'TO'): -0.33,
    ('PRON_OBJ', 'BOS'): 0.95,
    ('PRON_OBJ', 'CONTENT'): -0.34,
    ('PRON_OBJ', 'NEWLINE'): 0.26,
    ('PRON_OBJ', 'PERIOD'): 1.2,
    ('PRON_OBJ', 'PREP'): -0.33,
    ('PRON_SUBJ', 'BOS'): 0.46,
    ('PRON_SUBJ', 'COMMA'): 0.4,
    ('PRON_SUBJ', 'CONTENT'): -0.31,
    ('PRON_SUBJ', 'DET'): -0.43,
    ('PRON_SUBJ', 'NEWLINE'): 0.36,
    ('PRON_SUBJ', 'PERIOD'): 1.55,
    ('PRON_SUBJ', 'PREP'): -0.42,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.68,
    ('PRON_SUBJ', 'QUOTE'): 0.54,
    ('QUOTE', 'BOS'): 1.23,
    ('QUOTE', 'CONTENT'): -0.47,
    ('QUOTE', 'NEWLINE'): 0.46,
    ('QUOTE', 'QUOTE'): 0.3,
    ('TO', 'BOS'): 0.61,
    ('TO', 'CONTENT'): -0.28,
    ('TO', 'DET'): -0.3,
    ('TO', 'PERIOD'): 1.41,
    ('TO', 'PREP'): -0.27,
    ('TO', 'TO'): -0.41,
    ('VERB_ED', 'BOS'): 1.24,
    ('VERB_ED', 'DET'): -0.38,
    ('VERB_ED', 'NEWLINE'): 0.42,
    ('VERB_ED', 'PERIOD'): 1.29,
    ('VERB_ED', 'PREP'): -0.3,
    ('VERB_ING', 'BOS'): 1.13,
    ('VERB_ING', 'CONTENT'): -0.26,
    ('VERB_ING', 'DET'): -0.31,
    ('VERB_ING', 'NEWLINE'): 0.34,
    ('VERB_ING', 'PERIOD'): 0.88,
    ('VERB_ING', 'PREP'): -0.26,
    ('WH', 'BOS'): 0.86,
    ('WH', 'CONTENT'): -0.3,
    ('WH', 'DET'): -0.32,
    ('WH', 'PERIOD'): 1.14,
    ('WH', 'PREP'): -0.28,
    ('WH', 'QUOTE'): 0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('NEWLINE', 8): 0.33,
    ('PERIOD', 0): 0.28,
    ('PERIOD', 8): 0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.27,
    2: 0.34,
    3: 0.41,
    4: 0.43,
    5: 0.44,
    6: 0.45,
    7: 0.48,
    8: 0.52,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.23000000417232513, -0.029999999329447746, -0.07000000029802322, -0.12999999523162842, -0.10000000149011612


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
