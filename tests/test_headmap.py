from pathlib import Path

import pytest

from surgery.io.headmap import HeadEntry, HeadMap, head_name, parse_head


def test_head_names_round_trip():
    assert head_name(3, 7) == "L3H7"
    assert parse_head("L3H7") == (3, 7)
    assert parse_head(head_name(29, 8)) == (29, 8)


@pytest.mark.parametrize("bad", ["3.7", "L3", "H7", "l3h7", "L-1H2", ""])
def test_parse_head_rejects(bad):
    with pytest.raises(ValueError, match="expected L<layer>H<head>"):
        parse_head(bad)


def test_save_load_and_paths(tmp_path):
    hm = HeadMap(model="toy", heads={"L1H0": HeadEntry("b.py", 0.5, 0.2, "score"), "L0H2": HeadEntry("/abs/a.py")})
    path = hm.save(tmp_path)
    assert path == tmp_path / "heads.json"
    back = HeadMap.load(tmp_path)
    assert back == hm
    assert list(back.heads) == ["L0H2", "L1H0"]  # sorted by layer, head
    assert back.program_path("L1H0", tmp_path) == tmp_path / "b.py"
    assert back.program_path("L0H2", tmp_path) == Path("/abs/a.py")
    with pytest.raises(KeyError):
        back.program_path("L9H9", tmp_path)


def test_relative_inside_absolute_outside(tmp_path):
    (tmp_path / "p").mkdir()
    assert HeadMap.relative(tmp_path / "p" / "x.py", tmp_path) == "p/x.py"
    assert HeadMap.relative(Path("/elsewhere/x.py"), tmp_path) == "/elsewhere/x.py"


def test_load_rejects_bad_head(tmp_path):
    (tmp_path / "heads.json").write_text('{"model": null, "heads": {"head3": {"program": "a.py"}}}')
    with pytest.raises(ValueError, match="head3"):
        HeadMap.load(tmp_path / "heads.json")
    with pytest.raises(FileNotFoundError):
        HeadMap.load(tmp_path / "missing")
