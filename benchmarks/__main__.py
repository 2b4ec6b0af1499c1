"""Run every benchmark: each module of this folder that defines ``main()``."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def run() -> int:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here.parent))
    failed = 0
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        main = getattr(module, "main", None)
        if callable(main):
            print(f"== {info.name}", flush=True)
            try:
                main()
            except Exception as exc:  # noqa: BLE001 - one failing benchmark must not hide the others
                print(f"{info.name}: failed: {type(exc).__name__}: {exc}", flush=True)
                failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run())
