"""Checkpoint regression: perturbed heads are flagged, untouched ones are not, bad input is exit 2."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch
from click.testing import CliRunner

from conftest_programs import make_store
from tiny_hf import bridge
from surgery.cli import cli
from surgery.extract import ExtractConfig, extract
from surgery.runtime.program import code_key
from surgery.analyse.regress import RegressConfig, RegressError, regress
from surgery.io.store import _header, array_record, block_checksums

# the primitive each head of make_store(n_layers=2, n_heads=3) has exactly, as a library program
TOY_PROGRAMS = {"L0H0": "previous", "L0H1": "first", "L0H2": "self", "L1H0": "induction", "L1H1": "uniform",
                "L1H2": "last_punct"}
LIBRARY = Path(__file__).resolve().parent.parent / "programs" / "library"


def with_scores(library_file: Path, head: str, iou: float) -> str:
    """A library program as synthesize copies it for a head: its scores prefixed to the docstring."""
    return f'"""head: {head}\nheldout_iou: {iou:.3f}\n' + library_file.read_text().removeprefix('"""')


def toy_run(path: Path) -> Path:
    """A run directory: a make_store store and one program file per head, as synthesize writes them."""
    make_store(path / "attn", n_windows=8, n_layers=2, n_heads=3, window=12)
    progs = path / "programs"
    progs.mkdir()
    heads = {}
    for head, lib in TOY_PROGRAMS.items():
        (progs / f"{head}.py").write_text(with_scores(LIBRARY / f"{lib}.py", head, 1.0))
        heads[head] = {"program": f"{head}.py", "iou": 1.0, "iou_no_bos": 1.0, "method": f"library/{lib}"}
    (progs / "heads.json").write_text(json.dumps({"model": "toy", "heads": heads}))
    return path


def copy_head(attn_dir: Path, source: tuple[int, int], target: tuple[int, int]) -> None:
    """Head ``target`` of a store now attends as head ``source`` does; the store's checksums are
    recorded again, so it reads as a consistent store of that attention (not a damaged one)."""
    path = attn_dir / "attn.npy"
    attn = np.load(path, mmap_mode="r+")  # [w, layer, head, q, k]
    attn[:, target[0], target[1]] = attn[:, source[0], source[1]]
    attn.flush()
    del attn
    meta = json.loads((attn_dir / "store.json").read_text())
    shape, dtype, offset = _header(path)
    meta["files"]["attn.npy"] = {**array_record(path),
                                 "blocks": block_checksums(path, offset, int(np.prod(shape[1:])) * dtype.itemsize, shape[0])}
    (attn_dir / "store.json").write_text(json.dumps(meta))


def invoke(*args: str):
    return CliRunner().invoke(cli, ["regress", *args])


def test_identical_candidate_run_is_not_a_regression(tmp_path):
    base = toy_run(tmp_path / "base")
    shutil.copytree(base, tmp_path / "cand")
    result = invoke("--baseline", str(base), "--candidate", str(tmp_path / "cand"), "--trusted",
                    "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "regress.json").read_text())
    assert report["flagged"] == [] and report["best_changed"] == [] and report["program_changes"] == []
    assert {r["head"]: r["iou_base"] for r in report["heads"]} == pytest.approx({h: 1.0 for h in TOY_PROGRAMS}, abs=1e-3)
    assert all(r["drop"] == 0 for r in report["heads"])
    assert "ok: no head dropped more than 0.05" in result.output
    assert (tmp_path / "out" / "config.json").exists()


def test_changed_head_is_flagged_and_reranked_and_program_diff_reported(tmp_path):
    base = toy_run(tmp_path / "base")
    cand = Path(shutil.copytree(base, tmp_path / "cand"))
    copy_head(cand / "attn", (0, 1), (0, 0))  # L0H0 (previous token) now attends like L0H1 (first token)
    (cand / "programs" / "L1H2.py").write_text((LIBRARY / "last_period.py").read_text())
    (cand / "programs" / "L1H1.py").write_text(with_scores(LIBRARY / "uniform.py", "L1H1", 0.5))

    result = invoke("--baseline", str(base), "--candidate", str(cand), "--trusted", "--json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    rows = {r["head"]: r for r in report["heads"]}
    assert report["flagged"] == ["L0H0"] and rows["L0H0"]["drop"] > 0.5
    assert all(rows[h]["drop"] == 0 for h in TOY_PROGRAMS if h != "L0H0")
    assert report["best_changed"] == ["L0H0"]
    assert rows["L0H0"]["best_base"].startswith("previous") and rows["L0H0"]["best_cand"].startswith("first")
    # only a change of code counts; a docstring (scores) change does not
    assert [c["head"] for c in report["program_changes"]] == ["L1H2"]
    diff = report["program_changes"][0]["diff"]
    assert "-    return P.last_punct(ctx)" in diff and "+    return P.last_period(ctx)" in diff
    assert report["exit_status"] == 1


def test_human_output_lists_worst_drop_first(tmp_path):
    base = toy_run(tmp_path / "base")
    cand = Path(shutil.copytree(base, tmp_path / "cand"))
    copy_head(cand / "attn", (1, 1), (1, 0))  # L1H0 (induction) becomes uniform
    result = invoke("--baseline", str(base), "--candidate", str(cand), "--trusted", "--tolerance", "0.1")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[1].split()[0] == "L1H0" and "FAIL" in lines[1]
    assert "REGRESSION: 1 heads dropped more than 0.1 (L1H0)" in result.output


def test_untrusted_programs_run_in_the_sandbox(tmp_path):
    base = toy_run(tmp_path / "base")
    shutil.copytree(base, tmp_path / "cand")
    report = regress(RegressConfig(baseline=str(base), candidate=str(tmp_path / "cand")), progress=False)
    assert report["exit_status"] == 0 and report["summary"]["n_programs"] == 6
    assert report["summary"]["mean_iou_base"] == pytest.approx(1.0, abs=1e-3)


@pytest.mark.parametrize("mutate, message", [
    ("tokens", "different tokens"),
    ("shape", "not a checkpoint of the same model"),
    ("incomplete", "incomplete attention store"),
])
def test_mismatched_candidate_is_a_clear_error_with_exit_2(mutate, message, tmp_path):
    base = toy_run(tmp_path / "base")
    cand = tmp_path / "cand"
    if mutate == "tokens":
        shutil.copytree(base, cand)
        tokens = np.load(cand / "attn" / "tokens.npy")
        tokens[np.load(cand / "attn" / "split.npy") == 1, 5] += 1
        np.save(cand / "attn" / "tokens.npy", tokens)
        meta = json.loads((cand / "attn" / "store.json").read_text())  # a consistent store, other tokens
        meta["files"]["tokens.npy"] = array_record(cand / "attn" / "tokens.npy")
        (cand / "attn" / "store.json").write_text(json.dumps(meta))
    elif mutate == "shape":
        make_store(cand / "attn", n_windows=8, n_layers=2, n_heads=2, window=12)
    else:
        (cand / "attn").mkdir(parents=True)
        (cand / "attn" / "store.json").write_text("{}")
    result = invoke("--baseline", str(base), "--candidate", str(cand), "--trusted")
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and message in result.output


def test_missing_baseline_programs_is_exit_2(tmp_path):
    make_store(tmp_path / "base" / "attn")
    result = invoke("--baseline", str(tmp_path / "base"), "--candidate", "smollm2-135m")
    assert result.exit_code == 2 and "no heads.json" in result.output


def test_unexpected_failure_is_exit_2_not_a_regression(tmp_path, monkeypatch):
    import surgery.cli.regress as command

    def crash(cfg):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(command, "regress", crash)
    result = invoke("--baseline", str(tmp_path), "--candidate", str(tmp_path))
    assert result.exit_code == 2 and "disk on fire" in result.output


def test_code_key_ignores_the_docstring_only():
    a = '"""head: L0H0\nheldout_iou: 0.5\n"""\ndef attention(ctx):\n    return 1\n'
    assert code_key(a) == code_key(a.replace("0.5", "0.7")) != code_key(a.replace("return 1", "return 2"))


# ---------------------------------------------------------------- tiny real models


@pytest.fixture(scope="module")
def tiny_run(tiny_gpt2, sample_docs, tmp_path_factory):
    """A baseline run of tiny_gpt2: extraction and the best library program per head."""
    run = tmp_path_factory.mktemp("tiny") / "base"
    extract(ExtractConfig(out=str(run / "attn"), n_windows=12, window=16, batch_size=6), model=tiny_gpt2,
            docs=sample_docs, progress=False)
    result = CliRunner().invoke(cli, ["score", "--attn", str(run / "attn"), "--programs", str(LIBRARY),
                                      "--out", str(run / "programs" / "score.json")])
    assert result.exit_code == 0, result.output
    return run


def scaled_query(model, layer: int, head: int, factor: float):
    """The tiny GPT-2 built again (the same seed: the same weights), one query head's weights scaled."""
    out = bridge("gpt2", model.tokenizer)
    d_head = out.cfg.d_model // out.cfg.n_heads
    q = out.blocks[layer].attn.q.original_component  # the bridge's query projection, nn.Linear [out, in]
    with torch.no_grad():
        q.weight[head * d_head:(head + 1) * d_head] *= factor
        q.bias[head * d_head:(head + 1) * d_head] *= factor
    return out


def test_same_model_is_not_a_regression(tiny_run, tiny_gpt2, tmp_path):
    cfg = RegressConfig(baseline=str(tiny_run), candidate="tiny-gpt2", out=str(tmp_path / "out"))
    report = regress(cfg, model=tiny_gpt2, progress=False)
    assert report["exit_status"] == 0 and report["flagged"] == [] and report["best_changed"] == []
    assert max(abs(r["drop"]) for r in report["heads"]) < 1e-6
    assert report["candidate_kind"] == "model" and (tmp_path / "out" / "attn" / "COMPLETE").exists()
    # the extracted store holds only the scored held-out windows; as a candidate run it lines up again
    again = regress(RegressConfig(baseline=str(tiny_run), candidate=str(tmp_path / "out")), progress=False)
    assert again["candidate_kind"] == "run" and again["summary"]["n_windows"] == report["summary"]["n_windows"]
    assert max(abs(r["drop"]) for r in again["heads"]) < 1e-6


def test_out_cannot_overwrite_the_baseline_store(tiny_run, tiny_gpt2):
    with pytest.raises(RegressError, match="overwrite the baseline"):
        regress(RegressConfig(baseline=str(tiny_run), candidate="m", out=str(tiny_run)), model=tiny_gpt2, progress=False)
    assert (tiny_run / "attn" / "COMPLETE").exists()


def test_perturbed_query_weights_flag_that_head_only(tiny_run, tiny_gpt2):
    perturbed = scaled_query(tiny_gpt2, layer=1, head=2, factor=30.0)
    report = regress(RegressConfig(baseline=str(tiny_run), candidate="perturbed"), model=perturbed, progress=False)
    rows = {r["head"]: r for r in report["heads"]}
    assert report["flagged"] == ["L1H2"], {h: round(r["drop"], 3) for h, r in rows.items()}
    assert rows["L1H2"]["drop"] > 0.1
    assert max(abs(r["drop"]) for h, r in rows.items() if h != "L1H2") < 1e-6  # last layer: nothing downstream
    assert report["exit_status"] == 1


def test_candidate_with_another_tokenizer_is_refused(tmp_path, tiny_gpt2):
    base = toy_run(tmp_path / "base")  # toy token strings ("<s>", " cat", ...), not tiny_gpt2's
    make_store(tmp_path / "b4" / "attn", n_windows=8, n_layers=2, n_heads=4, window=12)
    shutil.copytree(base / "programs", tmp_path / "b4" / "programs")
    with pytest.raises(RegressError, match="tokenizer decodes"):
        regress(RegressConfig(baseline=str(tmp_path / "b4"), candidate="x", trusted=True), model=tiny_gpt2,
                progress=False)


# ---------------------------------------------------------------- the real default model (slow)

REFERENCE = Path(__file__).resolve().parent.parent / "programs" / "smollm2-135m"
ZEROED = [(5, 3), (20, 0)]  # (layer, query head) whose q_proj rows are zeroed: they attend uniformly


def save_zeroed_copy(path: Path, tokenizer, heads: list[tuple[int, int]]) -> None:
    """smollm2-135m loaded from its GGUF as a HF model, query heads zeroed, saved as a HF directory."""
    from surgery.io import models

    hf, _ = models._load_hf_gguf(models.smollm2_gguf_path())
    del hf.config.quantization_config  # dequantized to fp32 on load: save as a plain checkpoint
    hf.hf_quantizer = None
    d_head = hf.config.hidden_size // hf.config.num_attention_heads
    with torch.no_grad():
        for layer, head in heads:  # q_proj rows of query head h (GQA: K/V heads untouched)
            hf.model.layers[layer].self_attn.q_proj.weight[head * d_head:(head + 1) * d_head] = 0
    hf.save_pretrained(path)
    tokenizer.save_pretrained(path)


@pytest.mark.slow
def test_real_checkpoint_with_zeroed_query_heads_is_flagged(tmp_path):
    from surgery.io import models

    smollm2 = models.load_model("smollm2-135m")
    base = tmp_path / "base"
    extract(ExtractConfig(out=str(base / "attn"), n_windows=16, window=32), model=smollm2, progress=False)
    save_zeroed_copy(tmp_path / "zeroed", smollm2.tokenizer, ZEROED)
    del smollm2
    result = invoke("--baseline", str(base), "--programs", str(REFERENCE), "--candidate", str(tmp_path / "zeroed"),
                    "--trusted", "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    report = json.loads((tmp_path / "out" / "regress.json").read_text())
    rows = {r["head"]: r for r in report["heads"]}
    assert len(rows) == 270 and sorted(report["flagged"]) == ["L20H0", "L5H3"]
    assert min(rows[h]["drop"] for h in report["flagged"]) > 0.3  # their first+uniform programs no longer fit
    others = [r["drop"] for h, r in rows.items() if h not in report["flagged"]]
    assert max(others) < 0.03  # only downstream ripples of the two changed heads
    assert all(rows[f"L{l}H{h}"]["drop"] == 0 for l in range(5) for h in range(9))  # upstream: bit-identical
    assert {"L5H3", "L20H0"} <= set(report["best_changed"])


def test_program_changes_tell_a_new_behaviour_from_a_rewording(tmp_path):
    """Two heads get other terms programs in the candidate: L0H0 keeps its previous-token pattern
    (a near-zero term added), L0H1 turns from a first-token sink into a previous-token head."""
    from surgery.forms.source import program_source

    base = toy_run(tmp_path / "base")
    (base / "programs" / "L0H0.py").write_text(program_source("L0H0", [(6.0, ("distance", 1))], [0.9]))
    (base / "programs" / "L0H1.py").write_text(program_source("L0H1", [(8.0, ("first",))], [0.9]))
    cand = Path(shutil.copytree(base, tmp_path / "cand"))
    (cand / "programs" / "L0H0.py").write_text(
        program_source("L0H0", [(6.0, ("distance", 1)), (0.05, ("log_distance",))], [0.9, 0.0]))
    (cand / "programs" / "L0H1.py").write_text(program_source("L0H1", [(6.0, ("distance", 1))], [0.9]))

    out = base / "regress"  # where the report looks for it
    result = invoke("--baseline", str(base), "--candidate", str(cand), "--trusted", "--out", str(out))
    assert result.exit_code == 0, result.output
    report = json.loads((out / "regress.json").read_text())
    changes = {c["head"]: c for c in report["program_changes"]}
    assert [c["head"] for c in report["program_changes"]] == ["L0H1", "L0H0"]  # the behaviour change first
    assert changes["L0H0"]["same_behaviour"] and changes["L0H0"]["agreement"] > 0.95
    assert changes["L0H1"]["same_behaviour"] is False and changes["L0H1"]["agreement"] < 0.5
    assert report["summary"]["n_behaviour_changed"] == 1
    # each added or removed term with the attention it moves in its own program
    assert changes["L0H0"]["terms"]["added"] == [["log_distance"]] and changes["L0H0"]["terms"]["added_mass"][0] < 0.05
    assert changes["L0H1"]["terms"]["removed"] == [["first"]] and changes["L0H1"]["terms"]["removed_mass"][0] > 0.5
    assert changes["L0H1"]["terms"]["added_mass"][0] > 0.5
    # the leading role: previous-token kept on L0H0, sink -> previous-token on L0H1
    assert changes["L0H0"]["roles"] == {"baseline": ["previous-token"], "candidate": ["previous-token"]}
    assert not changes["L0H0"]["role_changed"]
    assert changes["L0H1"]["roles"] == {"baseline": ["sink"], "candidate": ["previous-token"]}
    assert changes["L0H1"]["role_changed"] and report["summary"]["n_role_changed"] == 1
    assert "1 behave differently, 1 the same (patterns agree >= 0.9); leading role changed on 1: L0H1" in result.output
    assert "L0H1: BEHAVIOUR CHANGED (patterns agree" in result.output and "role sink -> previous-token" in result.output
    assert "-first (" in result.output
    # programs.diff holds the behaviour changes only; the rewordings have a file of their own
    diff = (out / "programs.diff").read_text()
    assert diff.startswith("# L0H1: BEHAVIOUR CHANGED") and "L0H0" not in diff
    reworded = (out / "programs.reworded.diff").read_text()
    assert reworded.startswith("# L0H0: same behaviour") and "+    (0.05, 'log_distance')" in reworded
    # the run's report shows the check: the behaviour change, not the rewording
    result = CliRunner().invoke(cli, ["report", "--run", str(base), "--trusted", "--windows", "1"])
    assert result.exit_code == 0, result.output
    html = (base / "report.html").read_text()
    section = html[html.index('id="regress"'):]
    assert "0 of 6 heads dropped more than 0.05" in section and "1 behave differently" in section
    assert "BEHAVIOUR CHANGED (patterns agree" in section and "role sink -&gt; previous-token" in section
    assert "same behaviour" not in section.split("</section>")[0]


def test_ci_summary_and_junit_xml_give_one_line_and_one_testcase_per_head(tmp_path):
    """A candidate run whose head L0H0 turned from previous-token to first-token, with a program that
    follows it: the CI summary names that head with its drop and its program change, the JUnit report
    fails its testcase alone, and the exit status is 1."""
    import xml.etree.ElementTree as ET

    base = toy_run(tmp_path / "base")
    cand = Path(shutil.copytree(base, tmp_path / "cand"))
    copy_head(cand / "attn", (0, 1), (0, 0))
    (cand / "programs" / "L0H0.py").write_text(with_scores(LIBRARY / "first.py", "L0H0", 1.0))
    junit = tmp_path / "ci" / "regress.xml"
    result = invoke("--baseline", str(base), "--candidate", str(cand), "--trusted", "--ci", "--junit-xml", str(junit),
                    "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("surgery regress FAIL: 1 of 6 heads dropped more than 0.05 or row by row more than 0.045 "
                        "(iou, 4 windows); 1 candidate programs behave differently, 0 reworded or failed")
    assert lines[1].startswith("L0H0: FAIL iou 1.000 -> ") and "BEHAVIOUR CHANGED (patterns agree" in lines[1]
    assert len(lines) == 2
    assert (tmp_path / "out" / "summary.txt").read_text().splitlines() == lines
    suite = ET.parse(junit).getroot()
    assert suite.tag == "testsuite" and suite.get("tests") == "6" and suite.get("failures") == "1"
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == set(TOY_PROGRAMS) and cases["L0H0"].get("classname") == "regress.L0"
    failure = cases["L0H0"].find("failure")
    assert failure is not None and failure.get("message") == lines[1] and "+    return P.first(ctx)" in failure.text
    assert all(cases[h].find("failure") is None for h in TOY_PROGRAMS if h != "L0H0")


def test_ci_summary_of_an_unchanged_candidate_passes(tmp_path):
    base = toy_run(tmp_path / "base")
    shutil.copytree(base, tmp_path / "cand")
    result = invoke("--baseline", str(base), "--candidate", str(tmp_path / "cand"), "--trusted", "--ci",
                    "--junit-xml", str(tmp_path / "r.xml"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("surgery regress PASS: 0 of 6 heads dropped more than 0.05")
    assert len(result.stdout.splitlines()) == 1
    assert "<failure" not in (tmp_path / "r.xml").read_text()


def test_two_sided_flags_a_head_whose_program_now_fits_better(tmp_path):
    """The baseline describes L0H0 (previous token) badly, as uniform; in the candidate L0H0 has turned
    uniform, so its program's IoU rises: only a two-sided check sees that the head moved."""
    base = toy_run(tmp_path / "base")
    (base / "programs" / "L0H0.py").write_text(with_scores(LIBRARY / "uniform.py", "L0H0", 0.2))
    cand = Path(shutil.copytree(base, tmp_path / "cand"))
    copy_head(cand / "attn", (1, 1), (0, 0))
    one = invoke("--baseline", str(base), "--candidate", str(cand), "--trusted", "--json", "--row-tolerance", "1")
    assert one.exit_code == 0 and json.loads(one.stdout)["flagged"] == []
    two = invoke("--baseline", str(base), "--candidate", str(cand), "--trusted", "--two-sided", "--ci",
                 "--row-tolerance", "1")
    assert two.exit_code == 1, two.output
    lines = two.stdout.splitlines()
    assert lines[0].startswith("surgery regress FAIL: 1 of 6 heads moved (either way) more than 0.05")
    assert lines[1].startswith("L0H0: FAIL iou ") and "(drop -0." in lines[1]


def test_row_check_flags_a_head_whose_mean_iou_rose(tmp_path):
    """The same move as above (a previous-token head turned uniform, its program uniform): the mean IoU
    rises, so the one-sided drop misses it, but its rows moved: the default row check flags it, with
    its row move on the line; the untouched heads' rows did not move at all."""
    base = toy_run(tmp_path / "base")
    (base / "programs" / "L0H0.py").write_text(with_scores(LIBRARY / "uniform.py", "L0H0", 0.2))
    cand = Path(shutil.copytree(base, tmp_path / "cand"))
    copy_head(cand / "attn", (1, 1), (0, 0))
    result = invoke("--baseline", str(base), "--candidate", str(cand), "--trusted", "--ci", "--out", str(tmp_path / "o"))
    assert result.exit_code == 1, result.output
    report = json.loads((tmp_path / "o" / "regress.json").read_text())
    rows = {r["head"]: r for r in report["heads"]}
    assert report["flagged"] == ["L0H0"] and rows["L0H0"]["rows_moved"] and not rows["L0H0"]["dropped"]
    assert rows["L0H0"]["drop"] < 0 and rows["L0H0"]["row_move"] > 0.045
    assert all(rows[h]["row_move"] == 0 for h in TOY_PROGRAMS if h != "L0H0")
    assert result.stdout.splitlines()[1].startswith("L0H0: FAIL iou ") and ", rows moved 0." in result.stdout


def test_row_move_is_the_mean_absolute_change_of_row_ious():
    """Two rows of one window: one moves towards the program, one away by as much; the mean IoU of the
    window stays, the row move is their mean absolute change (row 0, BOS only, is left out)."""
    from surgery.analyse.regress import row_iou

    prog = np.array([[1.0, 0, 0], [0.5, 0.5, 0], [0.5, 0.5, 0]])
    a = np.array([[1.0, 0, 0], [1.0, 0, 0], [0.5, 0.5, 0]])
    b = np.array([[1.0, 0, 0], [0.5, 0.5, 0], [1.0, 0, 0]])
    ra, rb = row_iou(a, prog), row_iou(b, prog)
    assert ra.tolist() == pytest.approx([1.0, 1 / 3, 1.0]) and rb.tolist() == pytest.approx([1.0, 1.0, 1 / 3])
    assert np.abs(ra - rb)[1:].mean() == pytest.approx(2 / 3) and ra[1:].mean() == pytest.approx(rb[1:].mean())


def test_change_line_names_a_role_gained_on_probe_windows():
    from surgery.analyse.regress import change_line

    change = {"head": "L23H0", "agreement": 0.7, "same_behaviour": False, "role_changed": False,
              "probe_role_changed": True, "terms": None,
              "roles": {"baseline": ["sink"], "candidate": ["sink"], "probe_baseline": ["sink"],
                        "probe_candidate": ["induction", "sink"]}}
    assert change_line(change) == "L23H0: BEHAVIOUR CHANGED (patterns agree 0.700; role on probes sink -> induction+sink)"
