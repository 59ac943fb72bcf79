"""The ``surgery`` command line: a click group whose commands live in ``surgery.cli``.

Commands are listed here by name, module and one-line help, and a command's module (and with it
torch) is imported only when that command runs, so ``surgery --help`` stays fast. A test checks
that this list and the modules in ``surgery/cli`` agree, help lines included.
"""
from __future__ import annotations

import importlib
import signal

import click

def short_help(text: str, limit: int) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with "..." where it was cut.

    >>> short_help("Store every head's attention pattern.", 20)
    'Store every...'
    >>> short_help("Store every head's attention pattern.", 80)
    "Store every head's attention pattern."
    """
    if len(text) <= limit:
        return text
    return text[:max(0, limit - 3)].rsplit(" ", 1)[0] + "..."


# name -> (module under surgery.cli, one-line help as the command's docstring gives it)
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("extract", "Store every head's attention pattern on N windows of T tokens."),
    "synthesize": ("synthesize", "Find a program for every head and keep each head's best held-out program."),
    "score": ("score", "Score every program against every head on held-out windows and pick the best per head."),
    "eval": ("eval", "Replace a fraction of heads by their programs; compare with the unmodified model."),
    "sweep": ("sweep", "Sweep the replaced fraction; write sweep.json and PNG plots (ppl.png, qa.png) into --out."),
    "report": ("report", "Write one offline HTML page: IoU grid, per head real vs program attention, source, scores."),
    "show": ("show", "Print one head such as L12H3: its scores and real vs program attention, then its source."),
    "compress": ("compress", "Choose K shared programs for all heads; write the K-vs-IoU curve and the compressed library."),
    "regress": ("regress", "Re-score the baseline's programs on a candidate checkpoint's attention over the same windows."),
    "roles": ("roles", "Give every head its roles, measured on its real attention over held-out natural and probe windows: "
                       "sink, previous-token, self, duplicate-token, induction, recent, boundary, lexical, or unexplained "
                       "(none passes: a share of the non-BOS attention >= --threshold with a mass >= --min-mass; "
                       "sink: a BOS mass >= --threshold)."),
}

EXIT_DAMAGED_STORE = 2
TERMINATING = (signal.SIGTERM, signal.SIGHUP)


class SurgeryError(click.ClickException):
    """A user-facing error: printed as one line, exit status 1."""


class DamagedStore(click.ClickException):
    """A truncated or corrupt attention store: one line naming the file, exit status 2."""

    exit_code = EXIT_DAMAGED_STORE


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised like Ctrl-C so that every ``finally`` and writer cleans up."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def one_line(err: BaseException) -> click.ClickException:
    """The one-line CLI error for an expected failure: exit 2 when a damaged store lies behind it
    (also when the store's error was re-raised as another type), else exit 1."""
    from surgery.io.store import DamagedStoreError

    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, DamagedStoreError):
            return DamagedStore(str(cause))
        cause = cause.__cause__ or cause.__context__
    return click.ClickException(str(err))


def no_programs(where: str, errors: dict[str, str], shown: int = 20) -> click.ClickException:
    """Nothing loaded from ``where``: the error lists each rejected file's reason (the first ``shown``,
    then a count), or says that there were no program files at all."""
    if not errors:
        return click.ClickException(f"no programs found in {where}")
    lines = [f"no programs loaded from {where}: all {len(errors)} program files were rejected"]
    lines += [f"  {name}: {reason}" for name, reason in sorted(errors.items())[:shown]]
    if len(errors) > shown:
        lines.append(f"  ... and {len(errors) - shown} more")
    return click.ClickException("\n".join(lines))


class LazyGroup(click.Group):
    """A group that imports a command's module only when the command is looked up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        return importlib.import_module(f"surgery.cli.{COMMANDS[name][0]}").command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(n) for n in COMMANDS)
        rows = [(name, short_help(text, limit)) for name, (_, text) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):
        from surgery.io.records import FormatError
        from surgery.io.store import StoreError

        try:
            return super().invoke(ctx)
        except (StoreError, FormatError) as err:  # escaped a command's own handling: still one line
            raise one_line(err) from None
        except Terminated as t:
            click.echo(f"stopped by {signal.Signals(t.signum).name}; partial output removed", err=True)
            ctx.exit(128 + t.signum)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="head-surgery")
@click.option("--weaker-sandbox", is_flag=True,
              help="Run untrusted programs even where this machine lacks the sandbox's seccomp filter.")
@click.option("--verify-store", type=click.Choice(["sample", "full", "skip"]), default=None,
              help="How much of a store's attn.npy to check against its per-window checksums when opened "
                   "(default: sample, a random 16 windows).")
def cli(weaker_sandbox: bool, verify_store: str | None) -> None:
    """head-surgery: turn attention heads into readable Python programs and swap them back in.

    Pipeline: extract -> synthesize -> score -> eval/sweep -> report/regress. Every command writes
    a config.json (everything needed to rerun) and machine-readable JSON into its output.
    """
    if weaker_sandbox:
        from surgery.runtime.sandbox import allow_weaker_sandbox

        allow_weaker_sandbox()
    if verify_store:
        from surgery.io.guards import set_verify_mode

        set_verify_mode(verify_store)


def _raise_terminated(signum, frame) -> None:
    """Ctrl-C reaches a command's worker processes too (same process group); a signal sent to the
    command alone is passed on to them, so that a pool's shutdown does not wait for their work."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()
    raise Terminated(signum)


def handle_termination() -> None:
    """SIGTERM and SIGHUP (batch schedulers, CI, a closed terminal) clean up like Ctrl-C; a signal
    the caller ignores (``nohup`` ignores SIGHUP) stays ignored."""
    for sig in TERMINATING:
        if signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, _raise_terminated)


def main() -> None:
    from surgery.io.records import keep_freed_memory

    keep_freed_memory()
    handle_termination()
    cli(prog_name="surgery")

