from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from defcoop.errors import InputError, QueryError
from defcoop.read import DEFAULT_MAX_BYTES, find_documents, iter_documents, read_document

WriteBytes = Callable[[str, bytes], Path]

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 40


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as err:
        read_document(tmp_path / "yok.txt")
    assert err.value.path == str(tmp_path / "yok.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(write_bytes: WriteBytes) -> None:
    p = write_bytes("kilitli.txt", b"metin")
    p.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_document(p)


def test_not_a_regular_file() -> None:
    with pytest.raises(InputError, match="not a regular file"):
        read_document("/dev/null")


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"   \n\t\r\n  ", "only whitespace"),
    ("\u00a0\u00a0\n".encode(), "only whitespace"),
    (b"\xef\xbb\xbf", "only whitespace"),
])
def test_empty_or_blank(write_bytes: WriteBytes, content: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        read_document(write_bytes("bos.txt", content))


@pytest.mark.parametrize("name, content, problem", [
    ("resim.txt", PNG + bytes(range(256)) * 4, "PNG image"),
    ("program.txt", ELF + bytes(range(256)) * 4, "ELF executable"),
    ("nul.txt", b"metin\x00ile\x00nul\x00baytlar" * 20, "NUL bytes"),
    ("kontrol.md", b"abc\x01\x02\x03\x04def\x05\x06\x07" * 50, "control characters"),
    ("arsiv.txt", b"PK\x03\x04" + b"\x14\x00" * 30, "ZIP"),
    ("resim.html", PNG + b"\x00" * 100, "binary"),
])
def test_binary_content(write_bytes: WriteBytes, name: str, content: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        read_document(write_bytes(name, content))


def test_over_size_limit_names_size_and_limit(write_bytes: WriteBytes) -> None:
    p = write_bytes("buyuk.txt", "Türkiye ve Azerbaycan.\n".encode() * 100)
    with pytest.raises(InputError) as err:
        read_document(p, max_bytes=1000)
    message = str(err.value)
    assert f"{p.stat().st_size:,} bytes" in message
    assert "1000 bytes" in message and "max_bytes" in message


def test_sparse_huge_file_rejected_without_reading(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "dev.txt"
    with open(p, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    opened: list[str] = []
    real_open = open

    def spy(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", spy)
    with pytest.raises(InputError, match="200.0 MB.*50.0 MB"):
        read_document(p)
    assert str(p) not in opened
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


@pytest.mark.parametrize("name", ["tablo.xlsx", "eski.doc", "resim.png", "betik.js",
                                  "veri.csv"])
def test_unsupported_extension(write_bytes: WriteBytes, name: str) -> None:
    with pytest.raises(InputError, match="unsupported file type"):
        read_document(write_bytes(name, b"some content"))


def test_undecodable_bytes(write_bytes: WriteBytes) -> None:
    rng = random.Random(7)
    alphabet = [*range(0x80, 0x100), 0x20, 0x41, 0x61]
    data = bytes(rng.choice(alphabet) for _ in range(2000))
    with pytest.raises(InputError, match="undecodable"):
        read_document(write_bytes("garip.txt", data))


def test_no_library_exception_escapes(tmp_path: Path) -> None:
    samples = {
        "a.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF",
        "b.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF",
        "c.docx": b"PK\x03\x04" + bytes(range(256)) * 8,
        "d.html": b"<html>" + bytes(range(1, 256)) * 8,
        "e.txt": bytes(range(256)) * 8,
    }
    for name, data in samples.items():
        p = tmp_path / name
        p.write_bytes(data)
        with pytest.raises(InputError):
            read_document(p)


def test_iter_documents_reads_in_order_and_reports_errors(write_bytes: WriteBytes) -> None:
    good1 = write_bytes("1.txt", "Birinci belge ve metin.".encode())
    bad = write_bytes("2.txt", b"")
    good2 = write_bytes("3.md", b"The second document and its text.")
    errors: list[InputError] = []
    docs = list(iter_documents([good1, bad, good2], on_error=errors.append))
    assert [d.path for d in docs] == [str(good1), str(good2)]
    assert [e.path for e in errors] == [str(bad)]


def test_iter_documents_raises_without_handler(write_bytes: WriteBytes) -> None:
    bad = write_bytes("bos.txt", b"")
    with pytest.raises(InputError):
        list(iter_documents([bad]))


def test_read_failure_is_an_input_error(write_bytes: WriteBytes,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    p = write_bytes("kilitli.txt", b"metin")

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", denied)
    with pytest.raises(InputError, match="permission denied"):
        read_document(p)


def test_binary_is_refused_from_its_first_bytes(write_bytes: WriteBytes,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    p = write_bytes("resim.txt", PNG + b"\x00" * 100_000)
    sizes: list[int] = []
    real_open = open

    class Spy:
        def __init__(self, fh: BinaryIO) -> None:
            self.fh = fh

        def __enter__(self) -> Spy:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def read(self, n: int = -1) -> bytes:
            sizes.append(n)
            return self.fh.read(n)

    monkeypatch.setattr("builtins.open", lambda f, mode="r": Spy(real_open(f, mode)))
    with pytest.raises(InputError, match="PNG"):
        read_document(p)
    assert sizes and max(sizes) <= 8192


def test_max_bytes_must_be_positive(write_bytes: WriteBytes) -> None:
    with pytest.raises(QueryError):
        read_document(write_bytes("a.txt", b"metin"), max_bytes=0)


def test_find_documents_lists_supported_files(tmp_path: Path) -> None:
    (tmp_path / "alt").mkdir()
    for name in ["b.txt", "a.PDF", "alt/c.docx", "alt/d.html", "e.xlsx", "f"]:
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_documents(tmp_path)]
    assert found == ["a.PDF", "alt/c.docx", "alt/d.html", "b.txt"]


def test_find_documents_missing_root(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        find_documents(tmp_path / "yok")
