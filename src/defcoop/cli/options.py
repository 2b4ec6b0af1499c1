"""Option sets shared by the commands, defined once."""

from __future__ import annotations

from typing import Any, Callable, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def lang_option(f: F) -> F:
    return click.option("--lang", type=click.Choice(["tr", "en"]), default="tr", show_default=True,
                        help="Language of labels and of data that has both.")(f)


def format_option(*choices: str, default: str | None = None) -> Callable[[F], F]:
    def deco(f: F) -> F:
        return click.option("--format", "fmt", type=click.Choice(list(choices)),
                            default=default or choices[0], show_default=True,
                            help="Output format.")(f)
    return deco


def db_path(ctx: click.Context) -> str:
    obj = ctx.find_root().obj or {}
    return str(obj.get("db", "defcoop.sqlite"))
