"""``surgery regress``: gate a new checkpoint on how well the baseline's programs still fit its heads."""
from __future__ import annotations

import json
import traceback
from pathlib import Path

import click

from surgery.cli.fields import field_option

from surgery.analyse.regress import (METRICS, RegressConfig, RegressError, change_line, ci_lines, junit_xml, metric_drop,
                                     regress)
from surgery.io.records import provenance, write_config, write_json
from surgery.cli.preflight import writable_out

EXIT_ERROR = 2  # 0: no regression, 1: a head regressed (see the command's help)


class RegressInputError(click.ClickException):
    """Bad input: a one-line error, exit status 2 (1 is reserved for a regression)."""

    exit_code = EXIT_ERROR


def write_outputs(out: Path, cfg: RegressConfig, report: dict) -> None:
    write_config(out, "regress", cfg)
    write_json(out / "regress.json", {**report, **provenance()})
    changes = report["program_changes"]
    for name, part in (("programs.diff", [c for c in changes if not c["same_behaviour"]]),
                       ("programs.reworded.diff", [c for c in changes if c["same_behaviour"]])):
        diffs = "".join(f"# {change_line(c)}\n" + c["diff"] for c in part)
        if diffs:
            (out / name).write_text(diffs)
    (out / "summary.txt").write_text("\n".join(ci_lines(report)) + "\n")


def print_table(report: dict, k: int = 10) -> None:
    """Worst drops first: the top ``k`` and every flagged head."""
    metric = report["metric"]
    ranked = sorted(report["heads"], key=lambda r: -metric_drop(r, metric))
    shown = [r for i, r in enumerate(ranked) if i < k or r["flagged"]]
    click.echo(f"{'head':>7}  {'base':>6}  {'cand':>6}  {'drop':>7}  {'nb_drop':>7}  flag  program")
    for r in shown:
        mark = "FAIL" if r["flagged"] else ""
        click.echo(f"{r['head']:>7}  {r['iou_base']:6.3f}  {r['iou_cand']:6.3f}  {r['drop']:+7.3f}  "
                   f"{r['drop_no_bos']:+7.3f}  {mark:4}  {r['program_name']}")
    changed = [r for r in report["heads"] if r["best_changed"]]
    if changed:
        click.echo(f"best program changed on {len(changed)} heads:")
        for r in sorted(changed, key=lambda r: -r["best_margin"])[:k]:
            click.echo(f"  {r['head']}: {r['best_base']} -> {r['best_cand']} (+{r['best_margin']:.3f})")
    changes = report["program_changes"]
    if changes:
        differ = [c for c in changes if c["same_behaviour"] is False]
        alike = [c for c in changes if c["same_behaviour"]]
        roles = [c["head"] for c in changes if c["role_changed"]]
        click.echo(f"candidate programs differ in code on {len(changes)} heads: {len(differ)} behave differently, "
                   f"{len(alike)} the same (patterns agree >= {report['same_behaviour']}); "
                   f"leading role changed on {len(roles)}{': ' + ', '.join(roles[:k]) if roles else ''}"
                   f"{', ...' if len(roles) > k else ''}")
        for c in [c for c in changes if not c["same_behaviour"]][:k]:  # least agreement first
            click.echo(f"  {change_line(c)}")
        if alike:
            click.echo(f"  same behaviour: {', '.join(c['head'] for c in alike[:k])}{', ...' if len(alike) > k else ''}")


def print_verdict(report: dict) -> None:
    s, tol = report["summary"], report["tolerance"]
    click.echo(f"{s['n_heads']} heads on {s['n_windows']} held-out windows, {s['n_programs']} distinct programs: "
               f"mean {report['metric']} {s['mean_iou_base']:.3f} -> {s['mean_iou_cand']:.3f}")
    if report["flagged"]:
        moved = "moved" if report.get("two_sided") else "dropped"
        click.echo(f"REGRESSION: {s['n_flagged']} heads {moved} more than {tol} ({', '.join(report['flagged'][:10])}"
                   f"{', ...' if s['n_flagged'] > 10 else ''}); max drop {s['max_drop']:.3f}")
    else:
        click.echo(f"ok: no head dropped more than {tol} (max drop {s['max_drop']:.3f})"
                   + ("" if report.get("row_tolerance") is None else f" nor moved row by row more than {report['row_tolerance']}"))
    for head, reason in sorted(report["errors"].items()):
        click.echo(f"  skipped {head}: {reason}", err=True)


def print_ci(report: dict) -> None:
    """The verdict and one line per flagged or behaviour-changed head, for a CI log."""
    click.echo("\n".join(ci_lines(report)))


@click.command("regress")
@click.option("--baseline", required=True, type=click.Path(), help="Baseline run directory: attn/ and programs/heads.json.")
@click.option("--candidate", required=True,
              help="Candidate run directory (attn/ over the same windows; programs/ optional), or a model name/path "
                   "whose attention is extracted over the baseline's held-out windows.")
@field_option(RegressConfig, "programs", type=click.Path(), help="Baseline programs directory [default: BASELINE/programs].")
@field_option(RegressConfig, "tolerance", help="Largest allowed IoU drop per head.")
@field_option(RegressConfig, "row_tolerance", type=click.FloatRange(0, 1),
              help="Also flag a head whose program's IoU with it moves, row by row (mean absolute change over the "
                   "query rows), by more than this; 1 turns it off.")
@field_option(RegressConfig, "role_move", type=click.FloatRange(0, 1),
              help="Name on a head's line each role (sink, previous-token, duplicate-token, induction, ...) whose mass "
                   "in the head's real attention moved at least this much (copy roles on probe windows); never flags.")
@field_option(RegressConfig, "metric", type=click.Choice(METRICS), help="IoU the tolerance applies to.")
@field_option(RegressConfig, "max_windows", help="Score on at most this many held-out windows.")
@field_option(RegressConfig, "trusted", help="Run generated programs in-process (no sandbox).")
@field_option(RegressConfig, "batch_size", help="Windows per forward pass (candidate model).")
@field_option(RegressConfig, "device", help="Torch device of a candidate model.")
@field_option(RegressConfig, "same_behaviour", type=click.FloatRange(0, 1),
              help="A changed candidate program whose patterns agree with the baseline program's at least this much "
                   "(soft IoU on the scored windows) counts as the same behaviour written another way.")
@field_option(RegressConfig, "out", type=click.Path(file_okay=False), callback=writable_out(error=RegressInputError),
              help="Output directory: config.json, regress.json, programs.diff (heads whose behaviour changed), "
                   "programs.reworded.diff (the others), attn/ of a candidate model.")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report to stdout instead of the table.")
@click.option("--two-sided", is_flag=True,
              help="Flag a head whose IoU moves by more than --tolerance either way: a rise means the head changed too "
                   "(the baseline program is fixed), e.g. towards the first token its program also holds.")
@click.option("--junit-xml", "junit_xml_path", default=None, type=click.Path(dir_okay=False),
              help="Also write a JUnit XML report here: one testcase per head, a failure per flagged head (with its "
                   "program diff when the candidate has programs), for CI test-report views.")
@click.option("--ci", "ci_only", is_flag=True,
              help="Print only the CI summary: the verdict, then one line per flagged or behaviour-changed head.")
def command(baseline, candidate, programs, tolerance, row_tolerance, role_move, metric, max_windows, trusted, batch_size, device, same_behaviour,
            out, as_json, two_sided, junit_xml_path, ci_only):
    """Re-score the baseline's programs on a candidate checkpoint's attention over the same windows.

    Reports heads whose IoU dropped by more than --tolerance, heads whose best program (re-ranked
    over the baseline's whole program set) changed, and, when the candidate run has programs of its
    own, a diff of the program files that changed: for each, whether the head's behaviour changed
    (the two programs' patterns agree less than --same-behaviour) or only its wording, and the
    attention mass of each term added or removed. Behaviour changes are listed first.

    Exit status: 0 no head regressed; 1 some head's IoU dropped by more than the tolerance (or moved
    row by row by more than --row-tolerance);
    2 bad input or any other error (missing run, windows or tokenizer that differ, ...;
    an unexpected failure prints its traceback).
    """
    if tolerance < 0:
        raise RegressInputError(f"tolerance must be non-negative, got {tolerance}")
    if max_windows is not None and max_windows < 1:
        raise RegressInputError(f"max-windows must be at least 1, got {max_windows}")
    cfg = RegressConfig(baseline=baseline, candidate=candidate, programs=programs, tolerance=tolerance,
                        row_tolerance=row_tolerance, role_move=role_move, metric=metric,
                        max_windows=max_windows, trusted=trusted, batch_size=batch_size, device=device,
                        same_behaviour=same_behaviour, two_sided=two_sided, out=out)
    try:
        report = regress(cfg)
    except RegressError as e:
        raise RegressInputError(str(e)) from None
    except Exception:  # noqa: BLE001 - a crash must not read as "regression" (exit 1) to a pipeline
        traceback.print_exc()
        click.get_current_context().exit(EXIT_ERROR)
    if out:
        write_outputs(Path(out), cfg, report)
    if junit_xml_path:
        Path(junit_xml_path).parent.mkdir(parents=True, exist_ok=True)
        Path(junit_xml_path).write_text(junit_xml(report))
    if as_json:
        click.echo(json.dumps(report, indent=2))
    elif ci_only:
        print_ci(report)
    else:
        print_table(report)
        print_verdict(report)
        print_ci(report)
    click.get_current_context().exit(report["exit_status"])
