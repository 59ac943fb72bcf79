"""Roles of the real default model, measured on its own attention over LAMBADA text and repeat
probes: the known induction heads are labelled induction and the self-attention heads self. The
roles come from the heads, so they hold for any programs directory (the reference programs here)."""
from __future__ import annotations

import pytest

from surgery.analyse.roles import RolesConfig, head_roles
from surgery.extract import ExtractConfig, extract
from surgery.io.corpus import load_documents
from surgery.runtime.program import library_dir

REFERENCE = library_dir().parent / "smollm2-135m"  # the reference programs, beside the library


@pytest.mark.slow
def test_real_induction_and_self_heads_get_their_roles(tmp_path):
    from surgery.io.models import load_model

    store = extract(ExtractConfig(out=str(tmp_path / "attn"), corpus="lambada", n_windows=48, window=64, probe_frac=0.25),
                    model=load_model("smollm2-135m"), docs=load_documents("lambada"), progress=False)
    assert len(store.meta.probes["windows"]) == 12
    record = head_roles(REFERENCE, store, RolesConfig(run=str(tmp_path), trusted=True))
    heads = record["heads"]
    for head in ("L17H3", "L17H4", "L18H6"):  # > 75% of their non-BOS attention is induction on probes
        assert "induction" in heads[head]["roles"], heads[head]
        assert heads[head]["detector"]["lead"] == "induction"
    for head in ("L11H6", "L12H5"):
        assert heads[head]["roles"][0] == "self", heads[head]
    assert record["agreement"]["detector"] >= 0.9
