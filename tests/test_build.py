"""The installed package is the compiled build when a C compiler was at hand.

``setup.py`` falls back to plain Python when mypyc cannot compile the extraction modules (no
compiler, or a type error mypyc refuses). The fallback is correct but about 2.5 times slower, so
a type error must not slip through as a silent fallback.
"""

from __future__ import annotations

import os
import shutil
import sysconfig

import pytest

import defcoop.extract


def test_an_installed_package_has_its_extraction_modules_compiled() -> None:
    path = defcoop.extract.__file__ or ""
    if "site-packages" not in path:
        pytest.skip("run from a source tree: the modules are the .py files")
    if os.environ.get("DEFCOOP_PURE") == "1":
        pytest.skip("built as plain Python on purpose (DEFCOOP_PURE=1)")
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        pytest.skip("no C compiler: the package is installed as Python")
    assert not path.endswith(".py"), (
        f"{path}: the extraction modules were installed as Python; run "
        "`python -m mypy --strict src/defcoop` to see what mypyc refused")
