#!/usr/bin/env python3
"""Score heaplint on a folder of marked cases (black-box sets, fixtures, real-code excerpts).

Every line that must carry a finding has a comment `expect: rule-a, rule-b` (in HTML and
templates `<!-- expect: rule -->` works too), or, for files without comments (JSON), a line
`LINE rule-a` in a sibling `<file>.expect`; every other line must be silent. Each direct
sub-folder of SET is linted as one project (so wrappers across its files are seen), and loose
files at the top level are linted together as one more project.

    scripts/score-cases.py [--heaplint PATH] [--verbose] SET [SET ...]

Prints true positives, misses and false alarms per file, then precision and recall. A finding
counts when its rule and start line match an expectation in the same file. Parse errors count as
false alarms (the cases are meant to be valid code).
"""
import argparse
import json
import os
import re
import subprocess
import sys

# The extensions heaplint lints when it walks a directory (and the pre-commit hook passes):
# other files in a case folder (a Django view, a Gemfile) are context for a reader, not input.
LINTABLE = re.compile(
    r"\.(js|mjs|cjs|jsx|ts|tsx|mts|cts|html?|vue|svelte|astro|erb|ejs|hbs|handlebars|mustache|"
    r"njk|jinja2?|j2|php|phtml|twig|liquid|jsp|cshtml|razor|gohtml|tmpl|pug|json)$")

EXPECT = re.compile(r"expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)")


def expectations(path):
    out = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                m = EXPECT.search(line)
                if m:
                    for rule in m.group(1).split(","):
                        out.add((number, rule.strip()))
    except OSError:
        pass
    # Files that cannot hold comments (JSON) keep their expectations in a sibling
    # `<file>.expect`: one `LINE rule-id[, rule-id]` per line, `#` starts a comment.
    try:
        with open(path + ".expect", encoding="utf-8", errors="replace") as f:
            for raw in f:
                line = raw.split("#", 1)[0].strip()
                if not line:
                    continue
                number, _, rules = line.partition(" ")
                if number.isdigit():
                    for rule in rules.replace(",", " ").split():
                        out.add((int(number), rule.strip()))
    except OSError:
        pass
    return out


def lint(heaplint, root, paths):
    proc = subprocess.run(
        [heaplint, "--format", "json", "--no-prefilter", *paths],
        cwd=root, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(f"heaplint exited {proc.returncode} in {root}: {proc.stderr}\n")
    try:
        report = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError:
        sys.stderr.write(f"unreadable JSON from heaplint in {root}\n")
        return {}
    found = {}
    for entry in report:
        path = os.path.relpath(entry["filePath"], root)
        found[path] = [(m.get("line", 0), m.get("ruleId"), m.get("message", "")) for m in entry["messages"]]
    return found


def projects(set_dir):
    loose = []
    for name in sorted(os.listdir(set_dir)):
        full = os.path.join(set_dir, name)
        if name.startswith("."):
            continue
        if os.path.isdir(full):
            yield full
        elif name not in ("README.md", "EXPECTED.md") and not name.endswith(".expect"):
            loose.append(name)
    if loose:
        yield (set_dir, loose)


def files_under(root):
    for base, _, names in os.walk(root):
        for n in names:
            if n.startswith(".") or n in ("README.md", "EXPECTED.md") or n.endswith(".expect"):
                continue
            yield os.path.relpath(os.path.join(base, n), root)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--heaplint", default=os.environ.get("HEAPLINT", ".build/debug/heaplint"))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("sets", nargs="+")
    args = ap.parse_args()
    heaplint = os.path.abspath(args.heaplint)
    tp = fp = fn = 0
    for s in args.sets:
        for p in projects(s):
            if isinstance(p, tuple):
                root, rel = p
            else:
                root, rel = p, sorted(files_under(p))
            if not rel:
                continue
            found = lint(heaplint, root, [f for f in rel if LINTABLE.search(f)])
            for f in rel:
                exp = expectations(os.path.join(root, f))
                got_list = found.get(f, [])
                got = {(line, rule) for line, rule, _ in got_list}
                messages = {(line, rule): msg for line, rule, msg in got_list}
                hit = exp & got
                miss = exp - got
                extra = got - exp
                tp += len(hit)
                fn += len(miss)
                fp += len(extra)
                label = os.path.relpath(os.path.join(root, f))
                for line, rule in sorted(miss):
                    print(f"MISS  {label}:{line} {rule}")
                for line, rule in sorted(extra):
                    print(f"FALSE {label}:{line} {rule}: {messages[(line, rule)]}")
                if args.verbose:
                    for line, rule in sorted(hit):
                        print(f"ok    {label}:{line} {rule}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"expected {tp + fn}, found {tp}, missed {fn}, false alarms {fp}; "
          f"precision {precision:.3f}, recall {recall:.3f}")


if __name__ == "__main__":
    main()
