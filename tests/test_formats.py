"""Versioned formats: every JSON the tools write says its format_version, readers refuse newer ones in
one line and read older ones; stores record their split; a program whose claimed form is not
recognised is reported wherever its form matters."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest_programs import make_store
from surgery import forms
from surgery.cli import cli
from surgery.io.headmap import HeadEntry, HeadMap
from surgery.io.records import FORMAT_VERSION, FormatError, read_json, write_json
from surgery.io.store import AttentionStore, StoreError
from surgery.runtime.program import load_program

REFERENCE = Path(__file__).resolve().parents[1] / "programs" / "smollm2-135m"


def test_written_json_carries_the_format_version_first(tmp_path):
    write_json(tmp_path / "r.json", {"a": 1})
    text = (tmp_path / "r.json").read_text()
    assert json.loads(text) == {"format_version": FORMAT_VERSION, "a": 1}
    assert text.index("format_version") < text.index('"a"')
    write_json(tmp_path / "l.json", [1, 2])  # a list has no place for it and stays as it is
    assert json.loads((tmp_path / "l.json").read_text()) == [1, 2]


def test_a_newer_version_is_refused_in_one_line_and_an_older_file_is_read(tmp_path):
    (tmp_path / "new.json").write_text(json.dumps({"format_version": FORMAT_VERSION + 1, "a": 1}))
    with pytest.raises(FormatError) as err:
        read_json(tmp_path / "new.json")
    assert "\n" not in str(err.value) and "new.json" in str(err.value) and "upgrade" in str(err.value)
    (tmp_path / "old.json").write_text(json.dumps({"a": 1}))  # written before versions existed
    assert read_json(tmp_path / "old.json") == {"a": 1}
    (tmp_path / "odd.json").write_text(json.dumps({"format_version": "1"}))
    with pytest.raises(FormatError):
        read_json(tmp_path / "odd.json")


def test_heads_json_is_versioned_and_a_future_one_stops_a_command_in_one_line(tmp_path):
    HeadMap(model="toy", heads={"L0H0": HeadEntry(program="L0H0.py", iou=0.5)}).save(tmp_path / "p")
    raw = json.loads((tmp_path / "p" / "heads.json").read_text())
    assert raw["format_version"] == FORMAT_VERSION
    raw["format_version"] = FORMAT_VERSION + 1
    (tmp_path / "p" / "heads.json").write_text(json.dumps(raw))
    with pytest.raises(FormatError):
        HeadMap.load(tmp_path / "p")
    store = make_store(tmp_path / "attn")
    result = CliRunner().invoke(cli, ["roles", "--attn", str(store), "--programs", str(tmp_path / "p")])
    assert result.exit_code != 0
    message = result.output.strip().splitlines()
    assert len(message) == 1 and "format_version" in message[0], result.output


def test_store_json_records_version_and_split_and_old_stores_still_open(tmp_path):
    store = AttentionStore(make_store(tmp_path / "attn"))
    raw = json.loads((store.path / "store.json").read_text())
    assert raw["format_version"] == 1 and "heldout_frac" in raw and raw["seed"] == store.meta.seed
    old = {k: v for k, v in raw.items() if k not in ("format_version", "heldout_frac")}
    (store.path / "store.json").write_text(json.dumps({**old, "format": 1}))  # as stores were written before
    again = AttentionStore(store.path)
    assert again.meta.format_version == 1 and again.meta.heldout_frac is None
    (store.path / "store.json").write_text(json.dumps({**raw, "format_version": 2}))
    with pytest.raises(StoreError, match="format_version 2"):
        AttentionStore(store.path)


def _edited(tmp_path: Path) -> Path:
    """A reference terms program whose attention function was edited by hand."""
    path = tmp_path / "L6H3.py"
    source = (REFERENCE / "L6H3.py").read_text()
    path.write_text(source.replace("return T.scores(ctx, TERMS)", "return T.scores(ctx, TERMS) ** 2"))
    return path


def test_a_claimed_form_that_the_code_does_not_have_is_named(tmp_path):
    shutil.copy(REFERENCE / "L6H3.py", tmp_path / "ok.py")
    good, bad = load_program(tmp_path / "ok.py", trusted=True), load_program(_edited(tmp_path), trusted=True)
    assert forms.read_form(good.source)[0] == "terms" and forms.read_form(bad.source) is None
    found = forms.unrecognised([good, bad])
    assert len(found) == 1 and "L6H3.py" in found[0] and "terms" in found[0]
    library = load_program(Path(forms.__file__).resolve().parents[2] / "programs" / "library" / "first.py", trusted=True)
    assert forms.unrecognised([library]) == []  # hand-written: claims no generated form


def test_tuning_refuses_a_program_whose_form_is_not_recognised(tmp_path):
    from surgery.substitute.tune import tunable

    shutil.copy(REFERENCE / "L6H3.py", tmp_path / "ok.py")
    assert tunable({(6, 3): load_program(tmp_path / "ok.py", trusted=True)})[(6, 3)][0] == "terms"
    with pytest.raises(forms.FormError, match="L6H3.py"):
        tunable({(6, 3): load_program(_edited(tmp_path), trusted=True)})
