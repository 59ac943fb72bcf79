"""config.json round trip: what a command wrote is read back as its typed config record."""
from __future__ import annotations

import json

import pytest

from surgery.analyse.regress import RegressConfig
from surgery.evaluate.evaluate import EvalConfig
from surgery.extract import ExtractConfig
from surgery.io.records import FormatError, read_config, write_config
from surgery.synthesize.synthesize import SynthConfig

CONFIGS = [
    ExtractConfig(out="o", n_windows=12, window=32, probes="none"),
    SynthConfig(attn="a", out="o", heads=("L0H1", "L2H3"), levels=(1, 2, 4), max_terms=8),
    EvalConfig(programs="p", out="o", fraction=0.5, tasks="arc_easy"),
    RegressConfig(baseline="b", candidate="c", tolerance=0.1),
]


@pytest.mark.parametrize("cfg", CONFIGS, ids=lambda c: type(c).__name__)
def test_a_written_config_reads_back_equal(cfg, tmp_path):
    write_config(tmp_path, "cmd", cfg)
    back = read_config(tmp_path / "config.json", type(cfg))
    assert back == cfg and type(back) is type(cfg)


def test_unknown_keys_are_left_out_and_missing_required_fields_are_one_line(tmp_path):
    write_config(tmp_path, "extract", ExtractConfig(out="o"))
    record = json.loads((tmp_path / "config.json").read_text())
    record["config"]["from_a_newer_version"] = 1
    (tmp_path / "config.json").write_text(json.dumps(record))
    assert read_config(tmp_path / "config.json", ExtractConfig) == ExtractConfig(out="o")
    del record["config"]["out"]
    (tmp_path / "config.json").write_text(json.dumps(record))
    with pytest.raises(FormatError, match="config.json does not hold a ExtractConfig"):
        read_config(tmp_path / "config.json", ExtractConfig)
