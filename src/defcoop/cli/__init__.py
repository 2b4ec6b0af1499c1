"""The command line: a thin layer over the library.

Each module of this package that defines ``register(group)`` adds its commands to the
``defcoop`` group; the library does the work.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import traceback
from typing import Any

import click

from defcoop.errors import DefcoopError

DEFAULT_DB = "defcoop.sqlite"


class _Group(click.Group):
    """Turns defcoop errors into a clear message and a non-zero exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DefcoopError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 - last line of defence: never a bare traceback
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            click.echo(f"error: unexpected {type(exc).__name__}: {exc} (run with --debug for details)",
                       err=True)
            sys.exit(70)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="DEFCOOP_DB", default=DEFAULT_DB, show_default=True,
              help="The store: a SQLite file path or a database URL.")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.option("--max-bytes", type=click.IntRange(min=1), envvar="DEFCOOP_MAX_BYTES",
              help="Refuse documents larger than this many bytes (default 50 MB).")
@click.version_option(package_name="defcoop")
@click.pass_context
def main(ctx: click.Context, db: str, debug: bool, max_bytes: int | None) -> None:
    """defcoop: a sourced knowledge base of security and defense relations."""
    if max_bytes is not None:
        previous = os.environ.get("DEFCOOP_MAX_BYTES")
        os.environ["DEFCOOP_MAX_BYTES"] = str(max_bytes)  # read by every reader, also in worker processes

        def restore() -> None:
            if previous is None:
                os.environ.pop("DEFCOOP_MAX_BYTES", None)
            else:
                os.environ["DEFCOOP_MAX_BYTES"] = previous

        ctx.call_on_close(restore)
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    ctx.obj["debug"] = debug


def _register_all() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "options":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(main)


_register_all()

__all__ = ["main"]
