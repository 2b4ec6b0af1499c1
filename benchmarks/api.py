"""API latency: defcoop serve against Datasette serving the same SQLite file.

For the real store and for a generated store of 100,000 events, both servers run on loopback
ports as subprocesses; each query is requested REQUESTS times from each server, alternating
between them, after a warm-up, and p50/p95 latency (client side, milliseconds) and the ratio
defcoop / Datasette are printed.

Queries (each pair returns the first 50 events in date order):
  list    /api/events?limit=50                       /db/events.json?_sort=date_sort&_size=50
  filter  /api/events?kind=exercise&year=2022        /db/events.json?kind=exercise&date_sort__gte=…
  search  /api/events?q=WORD                         /db.json?sql=… events joined to the FTS5 index

Run alone with ``python -m benchmarks.api``; ``make bench`` runs it with the others.
DEFCOOP_DATA_DIR selects another data folder for the real store. Both servers serve the same
SQLite file.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

REQUESTS = int(os.environ.get("BENCH_API_REQUESTS", "200"))
WARMUP = 10
N_EVENTS = int(os.environ.get("BENCH_API_EVENTS", "100000"))
BIN = Path(sys.executable).parent
FTS_SQL = ("select e.* from events e where e.id in (select event_id from search where search match :q) "
           "order by e.date_sort, e.id limit 50")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early: {proc.args}")
        try:
            if httpx.get(url, timeout=2.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"server did not answer at {url}")


class Server:
    def __init__(self, args: list[str], probe: str) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([*args, "--port", str(self.port)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        _wait(self.base + probe, self.proc)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _timings(client: httpx.Client, urls: list[str]) -> list[list[float]]:
    """Latencies of each url, requested in turn (so both servers see the same machine load)."""
    for _ in range(WARMUP):
        for url in urls:
            client.get(url).raise_for_status()
    out: list[list[float]] = [[] for _ in urls]
    for _ in range(REQUESTS):
        for i, url in enumerate(urls):
            t0 = time.perf_counter()
            r = client.get(url)
            out[i].append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
    return out


def _pct(xs: list[float], p: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(p) - 1] if len(xs) > 1 else xs[0]


def generate(db: str, n: int, seed: int = 7) -> None:
    """Add ``n`` synthetic events (with links, a claim and a search row each) to the store."""
    import sqlite3

    rnd = random.Random(seed)
    conn = sqlite3.connect(db)
    places = [r[0] for r in conn.execute("SELECT id FROM places")] or ["p"]
    actors = [r[0] for r in conn.execute("SELECT id FROM actors WHERE type = 'state'")] or ["TUR"]
    kinds = ["exercise", "agreement", "visit", "meeting", "arms_transfer", "deployment", "declaration"]
    forces = ["land", "air", "naval", "special"]
    words = ["kartal", "şahin", "kardeşlik", "deniz", "kış", "yıldırım", "anadolu", "kafkas", "birlik",
             "fırtına", "kalkan", "hilal"]
    conn.execute("BEGIN")
    for i in range(n):
        eid = f"gen-{i:06d}"
        kind = rnd.choice(kinds)
        year = rnd.randint(1992, 2025)
        month = rnd.randint(1, 12)
        prec = rnd.choice(["day", "month", "year"])
        if prec == "day":
            d0 = f"{year}-{month:02d}-{rnd.randint(1, 20):02d}"
            d1 = f"{year}-{month:02d}-{rnd.randint(21, 28):02d}"
            start, end, s_sort, e_sort = d0, d1, d0, d1
        elif prec == "month":
            start, end, s_sort, e_sort = f"{year}-{month:02d}", None, f"{year}-{month:02d}-01", f"{year}-{month:02d}-28"
        else:
            start, end, s_sort, e_sort = str(year), None, f"{year}-01-01", f"{year}-12-31"
        w = rnd.sample(words, 2)
        name = f"{w[0].capitalize()} {w[1].capitalize()} {year} #{i}"
        conn.execute(
            "INSERT INTO events (id, kind, name_tr, name_en, date_start, date_end, date_precision, date_sort, "
            "date_end_sort, purpose_tr, purpose_en, figures, names, n_claims, n_conflicts, origin) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,'{}',?,1,0,'generated')",
            (eid, kind, name, name, start, end, prec, s_sort, e_sort, f"{w[0]} amaçlı etkinlik",
             f"{w[0]} purpose", json.dumps([name], ensure_ascii=False)))
        for p in rnd.sample(places, min(2, len(places))):
            conn.execute("INSERT INTO event_links VALUES (?,?,?)", (eid, "places", p))
        for a in rnd.sample(actors, min(2, len(actors))):
            conn.execute("INSERT INTO event_links VALUES (?,?,?)", (eid, "parties", a))
        conn.execute("INSERT INTO event_links VALUES (?,?,?)", (eid, "forces", rnd.choice(forces)))
        quote = f"{name} {year} yılında gerçekleştirildi."
        conn.execute("INSERT INTO claims (event_id, seq, field, value, quote, page, source_id, locus) "
                     "VALUES (?,0,'name',?,?,1,'ozer2025','prose')", (eid, json.dumps(name), quote))
        conn.execute("INSERT INTO search (kind, ref, event_id, text) VALUES ('event', ?, ?, ?)",
                     (eid, eid, f"{name} {quote}"))
    conn.execute("COMMIT")
    conn.execute("INSERT INTO search(search) VALUES ('optimize')")
    conn.execute("ANALYZE")
    conn.close()


def analyze(db: str) -> None:
    """Fresh planner statistics after the bulk insert, as a build leaves them."""
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def _queries(word: str, db: str) -> list[tuple[str, str, str]]:
    from urllib.parse import quote

    fts = quote(f'"{word}"*')
    return [
        ("list", "/api/events?limit=50", f"/{db}/events.json?_sort=date_sort&_size=50"),
        ("filter", "/api/events?kind=exercise&year=2022&limit=50",
         f"/{db}/events.json?kind=exercise&date_sort__gte=2022-01-01&date_sort__lte=2022-12-31"
         "&_sort=date_sort&_size=50"),
        ("search", f"/api/events?q={quote(word)}&limit=50",
         f"/{db}.json?sql={quote(FTS_SQL)}&q={fts}&_shape=objects"),
    ]


def run_store(label: str, db: str, word: str) -> list[dict[str, Any]]:
    defcoop = Server([str(BIN / "defcoop"), "--db", db, "serve", "--host", "127.0.0.1"], "/api/overview")
    try:
        datasette = Server([str(BIN / "datasette"), "serve", db, "--host", "127.0.0.1",
                            "--setting", "suggest_facets", "off"], f"/{Path(db).stem}.json")
    except Exception:
        defcoop.stop()
        raise
    rows = []
    try:
        with httpx.Client(timeout=30.0) as client:
            for name, ours, theirs in _queries(word, Path(db).stem):
                a, b = _timings(client, [defcoop.base + ours, datasette.base + theirs])
                rows.append({"store": label, "query": name, "defcoop_p50": _pct(a, 50), "defcoop_p95": _pct(a, 95),
                             "datasette_p50": _pct(b, 50), "datasette_p95": _pct(b, 95)})
    finally:
        defcoop.stop()
        datasette.stop()
    return rows


def main() -> None:
    from defcoop.store import build

    if shutil.which("datasette") is None and not (BIN / "datasette").exists():
        print("api: datasette is not installed (pip install '.[bench]'); skipped")
        return
    with tempfile.TemporaryDirectory(prefix="defcoop-bench-api-") as tmp:
        real = str(Path(tmp) / "real.sqlite")
        build(real, os.environ.get("DEFCOOP_DATA_DIR") or None)
        big = str(Path(tmp) / "big.sqlite")
        shutil.copy(real, big)
        t0 = time.perf_counter()
        generate(big, N_EVENTS)
        gen_s = time.perf_counter() - t0
        analyze(big)
        rows = run_store("real", real, "kartalı")
        rows += run_store(f"{N_EVENTS // 1000}k", big, "kartal")
    print(f"\nAPI latency, ms ({REQUESTS} requests per query; generated store built in {gen_s:.1f} s"
          ")")
    print(f"{'store':<6} {'query':<7} {'defcoop p50':>11} {'p95':>7} {'datasette p50':>14} {'p95':>7} "
          f"{'ratio p50':>9} {'ratio p95':>9}")
    for r in rows:
        print(f"{r['store']:<6} {r['query']:<7} {r['defcoop_p50']:>11.2f} {r['defcoop_p95']:>7.2f} "
              f"{r['datasette_p50']:>14.2f} {r['datasette_p95']:>7.2f} "
              f"{r['defcoop_p50'] / r['datasette_p50']:>9.2f} {r['defcoop_p95'] / r['datasette_p95']:>9.2f}")
    big_rows = [r for r in rows if r["store"] != "real"]
    worst = max(r["defcoop_p95"] for r in big_rows)
    slower = [r["query"] for r in rows if r["defcoop_p50"] > r["datasette_p50"]]
    print(f"targets: p95 at {N_EVENTS} events {worst:.1f} ms (target < 50 ms: "
          f"{'met' if worst < 50 else 'NOT met'}); p50 no slower than Datasette: "
          f"{'met' if not slower else 'NOT met for ' + ', '.join(slower)}")


if __name__ == "__main__":
    main()
