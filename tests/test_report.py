"""``surgery report``: PNG encoding, highlighting, page structure, escaping and extension, the command."""
from __future__ import annotations

import base64
import html
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from matplotlib.figure import Figure as MplFigure
from PIL import Image

from conftest_programs import KNOWN, make_store
from surgery.cli import cli
from surgery.io.headmap import HeadEntry, HeadMap
from surgery.report.render import LEVELS, MASKED, PALETTE, encode_png, heatmap_png, highlight_css, highlight_python, plot_png
from surgery.report.collect import collect, resolve_paths
from surgery.report.html import Figure, GridColouring, Section, Table, iou_colour, page
from surgery.io.records import write_json

NASTY = '</script><script>alert("x")</script> & <b>\n'  # a token string that must never reach the page raw
FAILING = "L1H1"  # its program returns the wrong shape
UNMAPPED = "L1H2"  # not in heads.json


def _program(name: str, primitive: str) -> str:
    body = "np.ones(3)" if name == FAILING else f"P.{primitive}(ctx)"
    return (f'"""{primitive} <i>&amp; stuff.\n\nname: {name}\ndescription: {primitive} <script>bad()</script>\n'
            f'target: {name}\n"""\nimport numpy as np\nfrom surgery.lang import primitives as P\n\n\n'
            f"def attention(ctx):\n    return {body}  # exact\n")


def make_run(root: Path, extras: bool = False) -> Path:
    """A run directory: 2 layers x 3 heads of known primitives, programs for all but UNMAPPED.

    Held-out window 0 contains NASTY as a token. ``extras`` adds score, eval and sweep output.
    """
    make_store(root / "attn", n_windows=6, n_layers=2, n_heads=3, window=12)
    strs = json.loads((root / "attn" / "token_strs.json").read_text())
    strs[1][3] = NASTY  # window 1 is the first held-out one (split = index % 2)
    (root / "attn" / "token_strs.json").write_text(json.dumps(strs))
    progs = root / "programs"
    progs.mkdir()
    heads = {}
    for i, name in enumerate(["L0H0", "L0H1", "L0H2", "L1H0", "L1H1"]):
        (progs / f"{name}.py").write_text(_program(name, KNOWN[i].__name__))
        heads[name] = HeadEntry(program=f"{name}.py", iou=0.2 * i, iou_no_bos=0.1 * i, method="test")
    HeadMap(model="toy", heads=heads).save(progs)
    if extras:
        _write_extras(root)
    return root


def _write_extras(root: Path) -> None:
    write_json(root / "score" / "score.json", {"heads": [{"head": "L0H0", "program": "L0H0", "iou": 0.9,
                                                          "runner_up": {"program": "other", "iou": 0.4}}],
                                               "summary": {"n_programs_scored": 5, "n_windows": 3, "mean_iou": 0.5}})
    write_json(root / "eval" / "results.json", {
        "n_replaced": 2, "n_heads_total": 6, "strategy": "best-iou", "control": "none",
        "baseline": {"perplexity": {"ppl": 10.0}, "tasks": {"hs_piqa": {"acc": 0.5, "n": 10}}},
        "substituted": {"perplexity": {"ppl": 12.5}, "tasks": {"hs_piqa": {"acc": 0.4, "n": 10}}},
        "tuning": {"steps": 40, "kl_before": 0.1654, "kl_after": 0.106, "tuned_heads": ["L0H0", "L0H1"]}})
    (root / "sweep").mkdir()
    (root / "sweep" / "ppl.png").write_bytes(encode_png(np.full((4, 4), 128, np.uint8)))
    write_json(root / "sweep" / "sweep.json", {"fractions": [0, 0.5], "strategies": ["best-iou", "random"]})


class Elements(HTMLParser):
    """(tag, attrs) of every start tag, and the text of every element."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def having(self, tag: str, cls: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag and cls in (a.get("class") or "").split()]


# ---------------------------------------------------------------- rendering


def _decode(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)))


@pytest.mark.parametrize("shape, palette", [((5, 7), None), ((5, 7), PALETTE), ((4, 6, 3), None), ((1, 1), None)])
def test_png_round_trip(shape, palette):
    high = 256 if palette is None else len(palette)
    px = np.random.default_rng(0).integers(0, high, shape).astype(np.uint8)
    png = encode_png(px, palette)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert np.array_equal(_decode(png), px)  # palette images decode to their indices


@pytest.mark.parametrize("px, palette", [(np.zeros((2, 2, 2)), None), (np.zeros((0, 3)), None),
                                         (np.full((2, 2), 9), np.zeros((4, 3)))])
def test_png_rejects_bad_input(px, palette):
    with pytest.raises(ValueError):
        encode_png(px, palette)


def test_heatmap_shades_weights_and_greys_the_masked_triangle():
    m = np.array([[1.0, 0, 0], [0.25, 0.75, 0], [0, 0, 1.0]])
    idx = _decode(heatmap_png(m))
    assert idx.shape == (3, 3)
    assert idx[0, 1] == idx[0, 2] == idx[1, 2] == MASKED
    assert idx[0, 0] == idx[2, 2] == LEVELS - 1 and idx[2, 0] == 0
    assert 0 < idx[1, 0] < idx[1, 1] < LEVELS - 1
    assert tuple(PALETTE[0]) == (255, 255, 255)


def _text(highlighted: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", highlighted))


def test_highlight_keeps_text_and_marks_tokens():
    src = 'def attention(ctx):\n    """<doc> & more"""\n    return len(ctx) + 1.5  # a < b\n'
    out = highlight_python(src)
    assert _text(out) == src
    assert '<span class="k">def</span><span class="w"> </span><span class="nf">attention</span>' in out
    assert '<span class="nb">len</span>' in out and '<span class="mf">1.5</span>' in out
    assert '<span class="c1"># a &lt; b</span>' in out
    assert '<span class="sd">"""&lt;doc&gt; &amp; more"""</span>' in out
    assert "<doc>" not in out
    css = highlight_css(".src")
    assert ".src .k {" in css and ".src .c1 {" in css and ".src .nf {" in css  # every class used is styled


def test_highlight_of_broken_source_keeps_its_text_escaped():
    src = 'x = """never closed <b>\n'
    out = highlight_python(src)
    assert _text(out) == src and "<b>" not in out and _text(highlight_python("x = (")) == "x = ("


def test_iou_colour_runs_red_to_green():
    assert iou_colour(0.0)[0] == "#d73027" and iou_colour(1.0)[0] == "#1a9850"
    assert iou_colour(None)[0] == "#cccccc"


# ---------------------------------------------------------------- the page


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    return make_run(tmp_path_factory.mktemp("run"), extras=True)


@pytest.fixture(scope="module")
def data(run_dir):
    return collect(resolve_paths(str(run_dir)), n_windows=2, max_tokens=10, trusted=True, progress=False)


def test_collect_runs_each_program_on_the_shown_windows(data):
    views = {v.name: v for v in data.views}
    assert len(data.views) == 6 and data.n_shown == 10 and [len(t) for t in data.tokens] == [10, 10]
    assert data.positions.tolist() == [0, 2] and data.windows.tolist() == [1, 5]  # spread over the 3 held-out
    for name in ("L0H0", "L0H1", "L0H2", "L1H0"):  # programs are the very primitives the heads were built from
        assert views[name].pred.shape == (2, 12, 12)
        assert np.allclose(views[name].window_iou, 1.0, atol=2e-3)
    assert views[FAILING].pred is None and "shape" in views[FAILING].error
    assert views[UNMAPPED].program is None and views[UNMAPPED].error == "no program in heads.json"
    assert views["L0H0"].score_row["runner_up"]["program"] == "other"


def test_page_has_one_grid_cell_and_one_section_per_head(data):
    doc = Elements(page(data, {"generated": "now"}))
    cells = doc.having("a", "cell")
    assert [c["href"] for c in cells] == ["#L0H0", "#L0H1", "#L0H2", "#L1H0", "#L1H1", "#L1H2"]
    assert [s["id"] for s in doc.having("section", "head")] == ["L0H0", "L0H1", "L0H2", "L1H0", "L1H1", "L1H2"]
    imgs = doc.having("img", "hm")
    assert len(imgs) == 2 * (2 * 4 + 2)  # 2 windows: real + program for 4 heads, real only for FAILING, UNMAPPED
    assert all(i["src"].startswith("data:image/png;base64,") for i in imgs)
    assert not [a for t, a in doc.tags if t in ("script", "link", "img") and (a.get("src") or a.get("href") or "data:").startswith("http")]


def test_page_escapes_run_text(data):
    text = page(data, {"generated": "now"})
    assert "<script>alert" not in text and "<script>bad()" not in text and "<i>&amp;" not in text
    assert "&lt;/script&gt;&lt;script&gt;alert" in text  # in the window text
    blob = re.search(r'<script type="application/json" id="tokens">(.*?)</script>', text, re.S).group(1)
    assert json.loads(blob)[0][3] == NASTY.replace("\n", "\\n")
    assert text.count("<script") == 2  # the token blob and the page's own script


def test_page_shows_eval_sweep_and_errors(data):
    text = page(data, {"generated": "now"})
    assert 'id="eval"' in text and "+25.0%" in text and "-10.0 pts" in text
    assert "2 of them with numbers tuned to the model&#39;s loss (40 steps, KL 0.1654 → 0.1060" in text
    assert 'id="sweep"' in text and 'alt="ppl.png"' in text
    assert "<figcaption>held-out window 2 · IoU 1.000" in text  # named as `surgery show --window` takes it
    assert "program error:" in text and "no program in heads.json" in text


def test_extra_sections_and_grid_colouring_extend_the_page(data):
    fig = MplFigure(figsize=(2, 2))
    fig.add_subplot().plot([1, 2, 3], [0.2, 0.5, 0.6])
    png = plot_png(fig)
    extra = Section("terms", "Mean IoU <by> terms", text="K & more", note="small",
                    table=Table(("K", "IoU"), (("1", "0.2"), ("2", "0.5"))), figures=(Figure(png, "iou_vs_terms.png"),))
    roles = GridColouring(note="Cell colour: the head's role.", colour=lambda v: ("#123456", "#ffffff"),
                          legend=(("previous <token>", "#123456"),))
    text = page(data, {"generated": "now"}, sections=[extra], grid=roles)
    doc = Elements(text)
    ids = [a["id"] for t, a in doc.tags if t == "section" and "id" in a and "head" not in (a.get("class") or "")]
    assert ids == ["grid", "eval", "sweep", "terms", "windows"]  # after the built-in sections, before the windows
    assert "Mean IoU &lt;by&gt; terms" in text and "K &amp; more" in text and "<td>0.5</td>" in text
    (img,) = [a for t, a in doc.tags if t == "img" and a.get("alt") == "iou_vs_terms.png"]
    assert _decode(base64.b64decode(img["src"].split(",", 1)[1])).shape[:2] == _decode(png).shape[:2]
    assert all("background:#123456" in c["style"] for c in doc.having("a", "cell"))
    assert "Cell colour: the head&#39;s role." in text and "previous &lt;token&gt;" in text


def test_optional_parts_are_left_out_when_absent(tmp_path):
    d = collect(resolve_paths(str(make_run(tmp_path))), n_windows=1, trusted=True, progress=False)
    text = page(d, {})
    assert 'id="eval"' not in text and 'id="sweep"' not in text and 'id="grid"' in text


# ---------------------------------------------------------------- the command


def test_report_command_writes_page_and_json(run_dir, tmp_path):
    out = tmp_path / "r" / "report.html"
    result = CliRunner().invoke(cli, ["report", "--run", str(run_dir), "--out", str(out), "--windows", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == f"report: {out}"
    assert re.search(r"in \d+\.\d s", result.output)
    assert out.read_text().startswith("<!DOCTYPE html>")
    meta = json.loads(out.with_suffix(".json").read_text())
    assert meta["command"] == "report" and meta["config"]["trusted"] is False and meta["summary"]["n_heads"] == 6
    assert sorted(p.name for p in out.parent.iterdir()) == ["config.json", "report.html", "report.json"]  # no temp file
    config = json.loads((out.parent / "config.json").read_text())
    assert config["command"] == "report" and config["config"]["windows"] == 1 and "git_sha" in config


def test_report_keeps_another_commands_config(run_dir, tmp_path):
    out = tmp_path / "eval" / "report.html"
    write_json(tmp_path / "eval" / "config.json", {"command": "eval", "config": {}})
    result = CliRunner().invoke(cli, ["report", "--run", str(run_dir), "--out", str(out), "--windows", "1"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "eval" / "config.json").read_text())["command"] == "eval"
    assert json.loads(out.with_suffix(".config.json").read_text())["command"] == "report"
    assert f"config: {out.with_suffix('.config.json')}" in result.output


def test_report_overrides_and_default_out(run_dir, tmp_path):
    out = tmp_path / "o.html"
    args = ["report", "--attn", str(run_dir / "attn"), "--programs", str(run_dir / "programs"), "--out", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0 and out.exists()


@pytest.mark.parametrize("args, message", [
    (["--run", "no/such/run"], "no run directory"),
    (["--out", "x.html"], "give --run, or both --attn and --programs"),
    ([], "give --out"),
    (["--run", ".", "--windows", "0"], "--windows must be at least 1"),
])
def test_report_bad_input_is_one_line_error(args, message, tmp_path):
    result = CliRunner().invoke(cli, ["report", *args])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output


def test_report_without_head_map_says_where(tmp_path):
    make_store(tmp_path / "attn")
    result = CliRunner().invoke(cli, ["report", "--run", str(tmp_path), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 1 and "no head map at" in result.output
    assert not (tmp_path / "r.html").exists()


def test_page_lists_sliding_window_layers(data):
    import dataclasses

    assert "sliding-window layers" not in page(data, {"generated": "now"})
    windowed = dataclasses.replace(data, layer_windows=[4, None])
    assert "window 4: layers 0; full: layers 1" in page(windowed, {"generated": "now"})


def test_tuning_line_says_which_step_validation_kept():
    """With early stopping the report names the step kept and the steps run, not the nominal count."""
    from surgery.report.html import _tuning_steps

    assert _tuning_steps({"steps": 20}) == "20 steps"
    kept = {"steps": 40, "steps_run": 16, "validation": {"best_step": 12}}
    assert _tuning_steps(kept) == "step 12 kept of 16 run (best on validation windows)"
