"""The dashboard and JSON API server: ``defcoop serve``."""

from __future__ import annotations

import click

from defcoop.cli.options import db_path


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="DEFCOOP_TOKEN", default=None,
              help="Token that review actions and edits must present (env DEFCOOP_TOKEN). "
                   "Without one, writes are disabled.")
@click.option("--db", "db", default=None, help="The store (default: the global --db).")
@click.pass_context
def serve_cmd(ctx: click.Context, host: str, port: int, token: str | None, db: str | None) -> None:
    """Serve the dashboard and the JSON API over the store (reading is open)."""
    import uvicorn

    from defcoop.web.app import create_app

    store = db or db_path(ctx)
    app = create_app(store, token)
    click.echo(f"defcoop dashboard on http://{host}:{port}/ (store {store}; "
               f"writes {'need the token' if token else 'disabled'})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(group: click.Group) -> None:
    group.add_command(serve_cmd)
