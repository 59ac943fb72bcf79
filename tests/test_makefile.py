"""`make browser` (run by `make test`): uses the system chromium, installs it only as root, never asks for root."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


@pytest.fixture
def apt(tmp_path):
    """A stand-in for apt-get that records its calls."""
    log = tmp_path / "apt.log"
    stub = tmp_path / "apt-get"
    stub.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    stub.chmod(0o755)
    return stub, log


def make_browser(*overrides: str, require: bool = False, user: str | None = None):
    env = {k: v for k, v in os.environ.items() if k != "SURGERY_REQUIRE_BROWSER"}
    if require:
        env["SURGERY_REQUIRE_BROWSER"] = "1"
    cmd = ["make", "-s", "-C", str(ROOT), "browser", *overrides]
    if user:
        cmd = ["runuser", "-u", user, "--", "env", f"PATH={env['PATH']}", *(["SURGERY_REQUIRE_BROWSER=1"] if require else []),
               *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)


def test_non_root_without_chromium_skips_with_a_note_and_never_calls_apt(apt):
    stub, log = apt
    r = make_browser("CHROMIUM=no-such-browser", f"APT={stub}", "IS_ROOT=")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines() == [
        "browser: no chromium on PATH and not root: the report's browser test will be skipped (install chromium to run it)"]
    assert not log.exists()


def test_non_root_without_chromium_fails_when_the_browser_is_required(apt):
    stub, log = apt
    r = make_browser("CHROMIUM=no-such-browser", f"APT={stub}", "IS_ROOT=", require=True)
    assert r.returncode != 0 and "SURGERY_REQUIRE_BROWSER=1 but no chromium on PATH" in r.stderr
    assert not log.exists()


def test_root_without_chromium_installs_debians_package(apt):
    stub, log = apt
    r = make_browser("CHROMIUM=no-such-browser", f"APT={stub}", "IS_ROOT=1")
    assert r.returncode == 0, r.stderr
    assert log.read_text().splitlines() == ["update -qq", "install -y -qq --no-install-recommends chromium"]


def test_a_chromium_on_path_is_used_as_is(apt, tmp_path):
    stub, log = apt
    r = make_browser(f"CHROMIUM=no-such-browser {stub.name}", f"APT={stub}", "IS_ROOT=1",
                     f"PATH={tmp_path}:{os.environ['PATH']}")
    assert r.returncode == 0 and r.stdout.strip() == f"browser: {stub}"
    assert not log.exists()


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("runuser") is None, reason="needs root and runuser")
def test_an_unprivileged_user_is_told_not_asked(apt, tmp_path):
    """A real unprivileged user (nobody): IS_ROOT comes from `id -u`, not from an override."""
    stub, log = apt
    tmp_path.chmod(0o777)
    r = make_browser("CHROMIUM=no-such-browser", f"APT={stub}", user="nobody")
    if "Permission denied" in r.stderr or "No such file" in r.stderr:
        pytest.skip(f"nobody cannot read the checkout: {r.stderr.strip()}")
    assert r.returncode == 0, r.stderr
    assert "not root: the report's browser test will be skipped" in r.stdout
    assert not log.exists()
