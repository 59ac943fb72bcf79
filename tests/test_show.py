"""``surgery show``: one head in the terminal — source, scores, real vs program shading."""
from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.report.render import ascii_heatmap, side_by_side
from test_report import FAILING, UNMAPPED, make_run


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    return make_run(tmp_path_factory.mktemp("run"), extras=True)


def show(*args):
    return CliRunner().invoke(cli, ["show", *map(str, args)])


def test_ascii_heatmap_shades_and_blanks_the_masked_triangle():
    m = np.array([[1.0, 0, 0], [0.0, 1.0, 0], [0.25, 0.0, 0.75]])
    assert ascii_heatmap(m) == ["@", " @", "= %"]


def test_side_by_side_labels_rows_and_keeps_columns_aligned():
    eye = np.eye(3)
    text = side_by_side(eye, np.tril(np.ones((3, 3))) / np.arange(1, 4)[:, None], ["<s>", "a\nb", "c"])
    lines = text.splitlines()
    assert lines[0].split("|")[1:3] == ["real   ", " program"]
    assert lines[2].startswith("        a\\nb |") and len({len(l) for l in lines}) == 1
    assert [l.split("|")[1].rstrip() for l in lines[1:]] == ["@", " @", "  @"]


def test_show_prints_source_scores_and_both_matrices(run_dir):
    result = show("L0H0", "--run", run_dir, "--trusted")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("L0H0: held-out IoU 0.000 (no BOS 0.000), method test")
    assert "return P.previous(ctx)  # exact" in out  # the program source
    assert "runner-up: other (0.400)" in out and "IoU 1.000" in out
    rows = [l for l in out.splitlines() if l.count("|") == 3]
    assert len(rows) == 1 + 12  # header + one row per token of the window
    real = [r.split("|")[1].rstrip() for r in rows[1:]]
    prog = [r.split("|")[2][1:].rstrip() for r in rows[1:]]
    assert real[1:] == prog[1:] and real[3] == "  @"  # previous token: one full cell left of the diagonal


def test_show_window_and_token_limit(run_dir):
    result = show("L0H2", "--run", run_dir, "--window", 1, "--max-tokens", 5)
    assert result.exit_code == 0, result.output
    assert "held-out window 1 (store window 3)" in result.output and "first 5 of 12 tokens" in result.output
    assert len([l for l in result.output.splitlines() if l.count("|") == 3]) == 6


def test_show_head_without_working_program_prints_real_attention(run_dir):
    for head, why in ((FAILING, "program error:"), (UNMAPPED, "no program in heads.json")):
        result = show(head, "--run", run_dir)
        assert result.exit_code == 0, result.output
        assert why in result.output and "(no pattern)" in result.output


@pytest.mark.parametrize("args, message", [
    (["L7H0"], "L7H0 is not a head of toy (2 layers x 3 heads"),
    (["L0H9"], "is not a head of toy"),
    (["head3"], "bad head name 'head3'"),
    (["L0H0", "--window", "3"], "window 3 is out of range"),
])
def test_show_bad_head_or_window_is_one_line_error(run_dir, args, message):
    result = show(*args, "--run", run_dir)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output


def test_show_missing_files_are_clear_errors(run_dir, tmp_path):
    assert "no run directory at" in show("L0H0", "--run", tmp_path / "nope").output
    assert "no attention store at" in show("L0H0", "--run", tmp_path).output
    assert "no head map at" in show("L0H0", "--attn", run_dir / "attn", "--programs", tmp_path).output
    (tmp_path / "heads.json").write_text(json.dumps({"heads": {"L0H0": {"program": "gone.py"}}}))
    result = show("L0H0", "--attn", run_dir / "attn", "--programs", tmp_path)
    assert result.exit_code == 0 and "program error: no program file at" in result.output


def test_show_puts_summary_and_heatmaps_before_the_source(run_dir):
    out = show("L0H0", "--run", run_dir, "--trusted").output
    summary, heatmap, source = out.index("held-out IoU"), out.index("held-out window 0"), out.index(" source ")
    assert summary < heatmap < source
    assert out.index("return P.previous(ctx)") > out.index("|real")


def test_show_help_is_not_cut_off():
    out = CliRunner().invoke(cli, ["--help"]).output
    assert "Print one head such as L12H3: its scores and real vs" in out
    assert "(e.g." not in out


def test_show_prints_the_measured_profile_next_to_the_programs(run_dir):
    out = show("L0H0", "--run", run_dir, "--trusted").output
    lines = out.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("mechanism profile"))
    assert lines[start + 1].split() == ["natural", f"({lines[start + 1].split()[1][1:]}", "windows)"]
    rows = {l.split()[0]: [float(x) for x in l.split()[1:]] for l in lines[start + 3:start + 11]}
    assert list(rows) == ["first", "self", "previous", "induction", "earlier_copies", "punctuation", "recent", "rest"]
    head, program = rows["previous"]
    assert head > 0.9 and program == pytest.approx(head, abs=0.01)  # a previous-token head and its exact program
    assert lines[start + 11].startswith("IoU") and "natural 1.000" in lines[start + 11]
    assert lines.index("------------------------ source ------------------------") > start  # before the source
