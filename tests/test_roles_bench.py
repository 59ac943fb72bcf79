"""The audit bench (bench/bench_truth.py) reads only the store and program text, and can fail:
a false lead, a false "Mostly", a wrong share and an unlabelled induction head are each caught."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from test_roles import synthetic  # noqa: F401 - the module fixture: a store with planted heads and probes

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_truth.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_truth", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _program(path: Path, line: str, terms: list[str]) -> None:
    body = "\n".join(f"    {t}" for t in terms)
    path.write_text(f'"""{line}\n\nhead: x\n"""\nfrom surgery.lang import terms as T\n\nTERMS = [\n{body}\n]\n\n\n'
                    "def attention(ctx):\n    return T.scores(ctx, TERMS)\n")


@pytest.fixture()
def audited(synthetic, tmp_path):  # noqa: F811
    store, _ = synthetic
    progs = tmp_path / "programs"
    progs.mkdir()
    _program(progs / "L0H0.py", "Mostly the previous token (90%).", ["(3.0, 'distance', 1),  # the previous token: 90%"])
    _program(progs / "L0H1.py", "Mostly the previous token (95%).", ["(3.0, 'distance', 1),  # the previous token: 95%"])
    _program(progs / "L0H2.py", "Mostly the first token.", ["(3.0, 'first'),  # the first token: 40%"])
    _program(progs / "L0H3.py", "Mostly name-like tokens (capitalized, not sentence-initial).", [])
    _program(progs / "L0H4.py", "Mainly the token after an earlier copy of the query (induction).",
             ["(3.0, 'induction'),  # the token after an earlier copy of the query (induction): 50%"])
    roles = {"heads": {"L0H0": {"roles": ["self"]}, "L0H1": {"roles": ["previous-token"]}, "L0H2": {"roles": ["sink"]},
                       "L0H4": {"roles": ["sink"]}}}
    bench = _bench()
    return bench.audit(bench.read_store(store.path, "all"), progs, roles, iou=False)


def test_the_bench_catches_false_leads_and_mostly(audited):
    assert audited["heads"] == 5 and audited["leads_checked"] == 5
    # a self head; a head without name-like keys (all lower case); induction only on probes
    assert [f[0] for f in audited["false_leads"]] == ["L0H0", "L0H3", "L0H4"]
    assert audited["lead_true_all"] == 0.4 and audited["mostly_true"] == 0.5


def test_the_bench_measures_shares_induction_labels_and_agreement(audited):
    assert audited["share_median_abs_diff"]["first"] == pytest.approx(0.6, abs=0.01)  # says 40%, is 100%
    assert audited["share_median_abs_diff"]["previous"] == pytest.approx((0.9 + 0.05) / 2, abs=0.01)  # 90% said of a self head; 95% of a previous one
    assert audited["induction_heads"] == ["L0H4"] and audited["induction_labelled"] == []
    assert audited["role_agreement"] == pytest.approx(3 / 4)  # the induction head's roles say sink
    json.dumps(audited)  # the --json output
