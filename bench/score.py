#!/usr/bin/env python3
"""Score and tabulate one bench/run: timings (hyperfine JSON), peak memory (/usr/bin/time -v)
and the findings each tool printed, matched against the corpus's INJECTED.tsv.

usage: score.py OUT_DIR CORPUS_DIR CORPUS_BYTES [ALIAS_DIR]   (ALIAS_DIR: a symlink to CORPUS_DIR)

OUT_DIR/tools.tsv has one row per tool, in table order:
  id  label  format  status
format tells how to read OUT_DIR/<id>.out:
  compact  heaplint --format compact   path:line:col: severity: message [rule]
  grep     rg -n -H --no-heading        path:line:text
  files    rg -l                        path            (file-level: a listed file counts)
  astgrep  ast-grep --report-style short  path:line:col: severity[rule]: message
  semgrep  semgrep --json
  eslint   eslint -f unix               path:line:col: message [Error/rule]  ([Error] alone = parse error)
  none     no Heap rules (parse-only)
status is "ok" or a reason the tool was not timed.
Writes OUT_DIR/table.md (the table printed) and OUT_DIR/by-kind.md (sites found per kind).
"""
import csv
import json
import os
import re
import sys

OUT, CORPUS, CORPUS_BYTES = sys.argv[1], sys.argv[2], int(sys.argv[3])
PREFIXES = sorted({os.path.join(p, "") for p in [CORPUS, os.path.realpath(CORPUS)] + sys.argv[4:5]},
                  key=len, reverse=True)


def rel(path):
    path = path.strip()
    for p in PREFIXES:
        if path.startswith(p):
            return path[len(p):].lstrip("/")
    while path.startswith("./"):
        path = path[2:]
    return path


def load_sites():
    sites = {}  # site -> {"expect", "kind", "container", "lines": set((file, line))}
    with open(os.path.join(CORPUS, "INJECTED.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            s = sites.setdefault(row["site"], {"expect": "ok", "kind": row["kind"],
                                               "container": row["container"], "lines": set()})
            if row["expect"] == "flag":
                s["expect"] = "flag"
            s["lines"].add((row["file"], int(row["line"])))
    return sites


LINE_RE = {
    "compact": re.compile(r"^(.+?):(\d+):\d+: \w+: .*\[([\w-]+)\]\s*$"),
    "grep": re.compile(r"^(.+?):(\d+):"),
    "astgrep": re.compile(r"^(.+?):(\d+):\d+: \w+\[([\w-]+)\]:"),
    "eslint": re.compile(r"^(.+?):(\d+):\d+: .*\[(\w+)(?:/([\w@/-]+))?\]\s*$"),
}


def findings(fmt, path):
    """Return (set of (file, line) or of files, number of files the tool could not parse or None)."""
    if fmt == "none" or not os.path.exists(path):
        return None, None
    found, unparsed = set(), None
    if fmt == "semgrep":
        try:
            with open(path) as f:
                data = json.load(f)
        except (OSError, ValueError):
            return set(), None
        for r in data.get("results", []):
            found.add((rel(r["path"]), int(r["start"]["line"])))
        unparsed = len({e.get("path") for e in data.get("errors", []) if e.get("path")})
        return found, unparsed
    with open(path, errors="replace") as f:
        lines = f.read().splitlines()
    if fmt == "files":
        return {rel(l) for l in lines if l.strip()}, None
    rx = LINE_RE[fmt]
    bad_files = set()
    for l in lines:
        m = rx.match(l)
        if not m:
            continue
        file, line = rel(m.group(1)), int(m.group(2))
        if fmt == "compact" and m.group(3) == "parse-error":
            bad_files.add(file)
            continue
        if fmt == "eslint" and not m.group(4):
            bad_files.add(file)  # fatal parse error: the file was not checked
            continue
        if fmt == "eslint" and m.group(4) != "no-restricted-syntax":
            continue
        found.add((file, line))
    if fmt in ("compact", "eslint"):
        unparsed = len(bad_files)
    return found, unparsed


def rss_mb(path):
    try:
        with open(path) as f:
            for l in f:
                if "Maximum resident set size" in l:
                    return int(l.rsplit(":", 1)[1]) / 1024
    except OSError:
        pass
    return None


def timing(path):
    try:
        with open(path) as f:
            r = json.load(f)["results"][0]
        return r["median"], len(r["times"])
    except (OSError, ValueError, KeyError, IndexError):
        return None, 0


def main():
    sites = load_sites()
    flag = {k: s for k, s in sites.items() if s["expect"] == "flag"}
    ok = {k: s for k, s in sites.items() if s["expect"] == "ok"}
    injected_lines = {fl for s in sites.values() for fl in s["lines"]}
    injected_files = {f for f, _ in injected_lines}

    with open(os.path.join(OUT, "tools.tsv")) as f:
        tools = [l.rstrip("\n").split("\t") for l in f if l.strip()]

    rows, kinds = [], {}
    base = None
    ox = None
    for tid, label, fmt, status in tools:
        med, runs = timing(os.path.join(OUT, tid + ".json")) if status == "ok" else (None, 0)
        if tid == "rg-l":
            base = med
        if tid == "oxlint":
            ox = med
        got, unparsed = findings(fmt, os.path.join(OUT, tid + ".out")) if status == "ok" else (None, None)

        def hit(s):
            if fmt == "files":
                return any(f in got for f, _ in s["lines"])
            return any(fl in got for fl in s["lines"])

        if got is None:
            found = false = other = "—"
        else:
            found = "%d/%d" % (sum(hit(s) for s in flag.values()), len(flag))
            false = "%d/%d" % (sum(hit(s) for s in ok.values()), len(ok))
            if fmt == "files":
                other = str(len(got - injected_files))
            else:
                other = str(len(got - injected_lines))
            for s in flag.values():
                k = kinds.setdefault((tid, s["kind"], s["container"]), [0, 0])
                k[0] += hit(s)
                k[1] += 1
        rows.append(dict(tid=tid, label=label + (" ¹" if fmt == "files" else ""), status=status, med=med,
                         runs=runs, found=found, false=false, other=other,
                         unparsed="—" if unparsed is None else str(unparsed),
                         rss=rss_mb(os.path.join(OUT, tid + ".time"))))

    mb = CORPUS_BYTES / 1e6
    head = ["tool", "runs", "median s", "MB/s", "× rg -l", "× oxlint", "injected found", "false alarms",
            "other findings", "unparsed files", "peak RSS MB"]
    table = []
    for r in rows:
        if r["med"] is None:
            timecols = [str(r["runs"]), r["status"] if r["status"] != "ok" else "—", "—", "—", "—"]
        else:
            timecols = [str(r["runs"]), "%.2f" % r["med"], ("%.0f" if mb / r["med"] >= 10 else "%.1f") % (mb / r["med"]),
                        ("%.1f" % (r["med"] / base)) if base else "—", ("%.2f" % (r["med"] / ox)) if ox else "—"]
        table.append([r["label"]] + timecols + [r["found"], r["false"], r["other"], r["unparsed"],
                                                 "—" if r["rss"] is None else "%.0f" % r["rss"]])
    widths = [max(len(head[i]), *(len(t[i]) for t in table)) for i in range(len(head))]
    right = set(range(1, len(head)))

    def fmt_row(cells):
        return "| " + " | ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i])
                                 for i, c in enumerate(cells)) + " |"

    out = [fmt_row(head), "|" + "|".join(("-" * (w + 1) + ":") if i in right else ("-" * (w + 2))
                                         for i, w in enumerate(widths)) + "|"]
    out += [fmt_row(t) for t in table]
    nfiles = sum(1 for _ in open(os.path.join(OUT, "files.txt"))) if os.path.exists(os.path.join(OUT, "files.txt")) else 0
    notes = [
        "",
        "corpus: %s — %d files, %.0f MB of .js/.mjs/.cjs/.html; %d injected mistakes (flag), %d correct Heap "
        "calls or decoys (ok)" % (CORPUS, nfiles, mb, len(flag), len(ok)),
        "injected found: mistakes with a finding on one of their lines; false alarms: correct sites with one; "
        "other findings: distinct lines reported elsewhere in the corpus.",
        "runs 1: a tool slower than BENCH_ONCE_ABOVE is timed by its one findings run (under /usr/bin/time).",
        "¹ rg -l reports files, not lines: a site counts when its file is listed; other = listed files without a site.",
    ]
    text = "\n".join(out + notes)
    print(text)
    with open(os.path.join(OUT, "table.md"), "w") as f:
        f.write(text + "\n")

    # Recall per kind of mistake and container, for reading where a tool misses.
    combos = sorted({(k, c) for (_, k, c) in kinds})
    tids = [r["tid"] for r in rows if any(key[0] == r["tid"] for key in kinds)]
    lines = ["| kind | container | " + " | ".join(tids) + " |",
             "|---|---|" + "---:|" * len(tids)]
    for k, c in combos:
        cells = []
        for t in tids:
            h, n = kinds.get((t, k, c), [0, 0])
            cells.append("%d/%d" % (h, n))
        lines.append("| %s | %s | %s |" % (k, c, " | ".join(cells)))
    with open(os.path.join(OUT, "by-kind.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
