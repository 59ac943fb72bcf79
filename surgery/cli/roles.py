"""``surgery roles --run DIR``: each head's role(s), read off its short program's terms."""
from __future__ import annotations

from pathlib import Path

import click

from surgery.report.collect import ReportError, open_headmap, open_store, resolve_paths
from surgery.analyse.roles import RolesConfig, head_roles, table
from surgery.io.records import write_config, write_json
from surgery.cli.preflight import check_writable, writable_out


@click.command("roles")
@click.option("--run", type=click.Path(), default=None, help="Run directory (attn/ and programs/).")
@click.option("--attn", type=click.Path(), default=None, help="Attention store (default: RUN/attn).")
@click.option("--programs", type=click.Path(), default=None, help="Directory with heads.json (default: RUN/programs).")
@click.option("--out", type=click.Path(file_okay=False), default=None, callback=writable_out(),
              help="Where roles.json and config.json go (default: RUN/roles, or PROGRAMS/roles without --run).")
@click.option("--iou-floor", type=float, default=RolesConfig.iou_floor, show_default=True,
              help="Heads whose best program is below this held-out IoU are 'unexplained'.")
@click.option("--share", type=float, default=RolesConfig.share, show_default=True,
              help="A role is dominant when its terms move at least this share of the top role's mass.")
@click.option("--windows", type=int, default=RolesConfig.windows, show_default=True,
              help="Training windows the term masses are measured on.")
def command(run, attn, programs, out, iou_floor, share, windows):
    """Give every head its dominant role(s): sink, previous-token, positional, induction,
    duplicate-token, boundary, class-pair, lexical, or unexplained.

    A role's weight is the attention mass its terms move in the head's terms-form program (the
    chosen one, or the fitted one under programs/fitted/ when a library program won). Writes
    roles.json (per head: roles, role masses, IoU; counts by layer) and prints the layer x role table
    of each head's first role.
    """
    if not (0 < share <= 1) or windows < 1:
        raise click.ClickException("--share must be in (0, 1], --windows at least 1")
    try:
        paths = resolve_paths(run, attn, programs)
        target = Path(out) if out else Path(run if run else paths.programs) / "roles"
        check_writable(str(target))
        store, _ = open_store(paths), open_headmap(paths)
    except (ValueError, ReportError) as e:
        raise click.ClickException(str(e)) from None
    cfg = RolesConfig(run=str(run or paths.programs), iou_floor=iou_floor, share=share, windows=windows)
    record = head_roles(Path(paths.programs), store, cfg)
    target.mkdir(parents=True, exist_ok=True)
    write_config(target, "roles", cfg)
    path = write_json(target / "roles.json", record)
    click.echo(table(record))
    click.echo(f"roles: {path}")
