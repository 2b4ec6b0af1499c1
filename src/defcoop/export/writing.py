"""Writing export outputs: one file, a folder of files, or a deterministic zip.

Every writer goes through a temporary path beside the target and renames it into place, so a
failed export leaves nothing half-written. Bytes depend only on the store: zip members carry a
fixed timestamp and permissions, JSON is written with sorted-free, fixed key order and ``\\n``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defcoop.errors import ExportError
from defcoop.tables import save_atomically

ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def dumps(obj: Any) -> str:
    """Canonical JSON text of an export: UTF-8, two-space indent, trailing newline."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


@dataclass
class Output:
    """What an exporter produces: files by name (one or several), and whether they are text."""

    files: dict[str, bytes] = field(default_factory=dict)
    default_name: str = "export"
    binary: bool = False
    bundle: bool = False  # several files: written as a folder, or a zip when the path ends in .zip
    archive: bool = False  # the format itself is a zip (qdpx): written as one file
    note: str = ""

    def single(self) -> bytes:
        if len(self.files) != 1:
            raise ExportError("this export has several files: pass --out FOLDER or --out FILE.zip")
        return next(iter(self.files.values()))


def zip_bytes(files: dict[str, bytes], compress: bool = True) -> bytes:
    """A zip archive of ``files`` whose bytes depend only on the names and contents."""
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", compression=method) as zf:
        for name in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, files[name])
    return buf.getvalue()


def _check_parent(target: Path) -> None:
    if not target.parent.exists():
        raise ExportError(f"cannot write {target}: folder {target.parent} does not exist")
    if not target.parent.is_dir():
        raise ExportError(f"cannot write {target}: {target.parent} is a file, not a folder")
    if not os.access(target.parent, os.W_OK):
        raise ExportError(f"cannot write {target}: folder {target.parent} is not writable")


def file_mode() -> int:
    """The mode a new file gets under the current umask (temporary files are created 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_file(data: bytes, path: str | Path) -> None:
    target = Path(path)
    _check_parent(target)

    def writer(p: Path) -> None:
        p.write_bytes(data)
        os.chmod(p, file_mode())

    save_atomically(writer, target)


def write_folder(files: dict[str, bytes], path: str | Path) -> None:
    """Write ``files`` into a new folder at ``path`` (replacing an earlier export there)."""
    target = Path(path)
    _check_parent(target)
    if target.exists() and not target.is_dir():
        raise ExportError(f"cannot write folder {target}: a file of that name exists")
    if target.is_dir() and any(p.name not in files for p in target.iterdir()):
        raise ExportError(f"folder {target} holds other files: give a new or empty folder, or a .zip path")
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}") from None
    try:
        for name, data in files.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
        os.chmod(tmp, 0o755)
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            os.replace(target, old)
            os.replace(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_output(out: Output, path: str | Path | None) -> str:
    """Write ``out`` to ``path``; returns what was written, for the user.

    With no path, a single text file goes to the caller (returned via ``Output.single``); the
    CLI prints it. Bundles need a folder or a ``.zip`` path; binary files need a path.
    """
    if path is None:
        raise ExportError("pass --out PATH")
    target = Path(path)
    if out.bundle and not out.archive:
        if target.suffix.lower() == ".zip":
            write_file(zip_bytes(out.files), target)
            return f"{target} (zip of {len(out.files)} files)"
        write_folder(out.files, target)
        return f"{target}/ ({len(out.files)} files: {', '.join(out.files)})"
    write_file(out.single(), target)
    return str(target)
