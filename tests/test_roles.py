"""Roles measured on the head's real attention: a synthetic store whose heads have planted
patterns (natural and probe windows), each head mapped to a library program that does or does
not do the same thing."""
from __future__ import annotations

import numpy as np
import pytest

from surgery.analyse.detect import detection_patterns, detector_scores
from surgery.analyse.roles import RolesConfig, head_roles, table
from surgery.io.headmap import HeadEntry, HeadMap
from surgery.io.store import HELDOUT, TRAIN, StoreMeta, StoreWriter
from surgery.lang.context import build_context
from surgery.report.sections import MISSED, role_grid, roles_section
from surgery.runtime.program import library_dir, normalize

N, WINDOW, SEQ = 12, 17, 8  # windows, tokens per window, probe sequence length
PROBES = [5, 11]  # one train, one held-out probe window
LEXICAL_ID = 7  # the token the lexical head looks for


def _tokens(rng) -> tuple[np.ndarray, list[list[str]]]:
    ids = rng.integers(10, 60, size=(N, WINDOW))
    ids[:, 0] = 0
    ids[:, 5] = LEXICAL_ID  # every window holds the lexical head's token ...
    for w in PROBES:  # ... and the probes repeat a sequence of distinct ids
        seq = rng.choice(np.arange(10, 60), size=SEQ, replace=False)
        ids[w, 1:] = np.tile(seq, 2)
    strs = [["<s>"] + [f" w{i}" for i in row[1:]] for row in ids]
    return ids, strs


def _pattern(kind: str, ctx) -> np.ndarray:
    n, ids = ctx.n, ctx.ids
    s = np.zeros((n, n))
    for q in range(n):
        copies = [k for k in range(1, q) if ids[k] == ids[q]]
        keys = {"self": [q], "previous": [max(q - 1, 0)], "first": [0], "far": list(range(1, q - 4)) or [min(q, 1)],
                "induction": [k + 1 for k in copies if k + 1 < q], "lexical": [k for k in range(1, q) if ids[k] == LEXICAL_ID],
                }[kind] or [0]
        s[q, keys] = 1.0
    return normalize(s)


HEADS = {  # head -> (planted pattern, library program it is mapped to)
    "L0H0": ("self", "first.py"),  # a self head whose program is the sink: does not reproduce
    "L0H1": ("previous", "previous.py"),
    "L0H2": ("first", "first.py"),
    "L0H3": ("far", "uniform.py"),  # spread over distant keys: no role
    "L0H4": ("induction", "induction.py"),
    "L0H5": ("lexical", "uniform.py"),
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    base = tmp_path_factory.mktemp("roles")
    ids, strs = _tokens(np.random.default_rng(0))
    split = np.array([TRAIN] * 6 + [HELDOUT] * 6, dtype=np.uint8)
    meta = StoreMeta(model="toy", n_layers=1, n_heads=len(HEADS), window=WINDOW, n_windows=N, corpus="toy", seed=0,
                     probes={"kind": "repeat", "seq_len": SEQ, "windows": PROBES})
    vocab = np.unique(ids)
    with StoreWriter(base / "attn", meta) as w:
        w.write_tokens(ids, strs, doc_ids=np.arange(N), split=split)
        w.write_embeddings(vocab, np.random.default_rng(1).normal(size=(len(vocab), 8)).astype(np.float32))
        for wi in range(N):
            ctx = build_context(ids[wi], strs[wi])
            for h, (kind, _) in enumerate(HEADS.values()):
                w.attn[wi, 0, h] = _pattern(kind, ctx)
    progs = base / "programs"
    progs.mkdir()
    HeadMap(model="toy", heads={h: HeadEntry(program=str(library_dir() / p), iou=0.5)
                                for h, (_, p) in HEADS.items()}).save(progs)
    from surgery.io.store import AttentionStore

    store = AttentionStore(base / "attn")
    return store, head_roles(progs, store, RolesConfig(run=str(base), windows=8))


def test_each_planted_head_gets_its_role(synthetic):
    _, record = synthetic
    heads = record["heads"]
    assert heads["L0H0"]["roles"] == ["self"] and heads["L0H1"]["roles"] == ["previous-token"]
    assert heads["L0H2"]["roles"] == ["sink"] and heads["L0H3"]["roles"] == ["unexplained"]
    assert heads["L0H4"]["roles"][0] == "induction" and heads["L0H4"]["mass"]["induction"] > 0.9
    assert heads["L0H5"]["roles"][0] == "lexical" and heads["L0H5"]["preferred_tokens"] == [f" w{LEXICAL_ID}"]
    assert record["windows"]["probe"] == [11] and 5 not in record["windows"]["natural"]


def test_the_program_view_says_what_the_program_reproduces(synthetic):
    _, record = synthetic
    heads = record["heads"]
    assert heads["L0H0"]["program"]["reproduces"] == {"self": False} and heads["L0H0"]["program"]["roles"] == ["sink"]
    assert heads["L0H1"]["program"]["reproduces"] == {"previous-token": True}
    assert heads["L0H1"]["program"]["iou"]["natural"] > 0.99 and heads["L0H0"]["program"]["iou"]["natural"] < 0.2
    assert set(heads["L0H4"]["program"]["iou"]) == {"natural", "probe"}
    assert heads["L0H4"]["program"]["reproduces"]["induction"]
    assert record["agreement"]["program_reproduces_lead"] == pytest.approx(3 / 5)  # self and lexical missed


def test_the_detector_agrees_on_the_roles_it_has_patterns_for(synthetic):
    """The lexical head rests on BOS where its token is absent: the detector, without a lexical
    pattern, names the sink, which is the head's first role among those it has patterns for."""
    _, record = synthetic
    leads = {h: r["detector"]["lead"] for h, r in record["heads"].items()}
    assert leads == {"L0H0": "self", "L0H1": "previous-token", "L0H2": "sink", "L0H3": "other",
                     "L0H4": "induction", "L0H5": "sink"}
    assert record["agreement"]["detector"] == 1.0


def test_detector_patterns_and_scores():
    tokens = np.array([[0, 4, 5, 4, 5]])
    p = detection_patterns(tokens[0])
    assert p["self"].trace() == 5 and p["sink"][:, 0].all() and p["previous-token"][4, 3] == 1
    a = p["induction"].copy()
    a[[0, 1, 2], 0] = 1.0  # rows without an earlier copy rest on BOS
    scores = detector_scores({"natural": (a[None], tokens), "probe": (a[None], tokens)})
    assert scores["induction"] == 1.0 and scores["sink"] == pytest.approx(3 / 5)
    with_bos = detector_scores({"natural": (a[None], tokens), "probe": (a[None], tokens)}, exclude_bos=False)
    assert with_bos["induction"] == pytest.approx(2 / 5)


def test_a_store_without_probes_measures_everything_on_natural_windows(synthetic, tmp_path):
    store, _ = synthetic
    import dataclasses

    store.meta = dataclasses.replace(store.meta, probes=None)
    record = head_roles(store.path.parent / "programs", store, RolesConfig(run=str(tmp_path), windows=8))
    assert "probe" not in record["windows"] and record["heads"]["L0H1"]["roles"] == ["previous-token"]
    assert record["heads"]["L0H1"]["profile"]["probe"] is None


def test_table_grid_and_section_show_both_views(synthetic):
    _, record = synthetic
    text = table(record)
    assert "self" in text.splitlines()[0] and "agrees with the attention detector: 100.0%" in text
    grid = role_grid(record)

    class View:
        name = "L0H0"

    assert grid.colour(View())[1] == MISSED  # the self head's program is a sink
    View.name = "L0H1"
    assert grid.colour(View())[1] != MISSED
    section = roles_section(record)
    assert ("self", "1", "1", "0") in section.table.rows and "L0H0 (self: program sink)" in section.note
