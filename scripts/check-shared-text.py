#!/usr/bin/env python3
"""No text of ../shared in the project (issue 20).

Fails when a run of RUN or more characters of an article of ../shared/corpus or ../shared/realdev/articles
occurs in src/, samples/, testdata/ or queries/. Whitespace is normalised away on both sides, and in project
files so are the joins of a Java string split over lines ('" + "', a literal \\n or \\t), so a sentence quoted
in pieces is still one run. Excepted: a run that two or more of those articles share (the genre's stock
phrases), and the standing political formulae below, which belong to no publisher.

Every 20-character window of every article is indexed in a dict (the articles are small), then each project
file is scanned once; overlapping hits are merged into one run per place.

usage: scripts/check-shared-text.py [--shared ../shared] [ROOT]   (ROOT: the checkout, default: this script's ..)
"""
import argparse
import re
import sys
from pathlib import Path

RUN = 20
PROJECT_DIRS = ("src", "samples", "testdata", "queries")
ARTICLE_DIRS = ("corpus", "realdev/articles")

# Standing political formulae: fixed wordings every local government repeats, nobody's own text. Their chars
# never count towards a run (each is replaced by a break on both sides). Only the first is needed today (the
# openings of plenary communiqués: 以习近平新时代中国特色社会主义思想为指导); the others are the same kind of
# standing formula, listed so that a new article of the genre does not trip the check on them. Keep it short:
# a formula here is a hole in the check.
FORMULAE = (
    "习近平新时代中国特色社会主义思想",
    "习近平总书记重要讲话重要指示精神",
    "党的二十大和二十届二中、三中全会精神",
)

SPACE = re.compile(r"\s+")
JOINS = re.compile(r'"\s*\+\s*"|\\[nt]')
HAN = re.compile(r"[\u4e00-\u9fff]")
BREAK = "\u0000"


def normalise(text, project):
    """The text without whitespace (and, in a project file, string joins), with each char's offset in text."""
    drop = [False] * len(text)
    patterns = (SPACE, JOINS) if project else (SPACE,)
    for p in patterns:
        for m in p.finditer(text):
            for i in range(m.start(), m.end()):
                drop[i] = True
    chars, offsets = [], []
    for i, c in enumerate(text):
        if not drop[i]:
            chars.append(c)
            offsets.append(i)
    s = "".join(chars)
    for f in FORMULAE:
        s = s.replace(f, BREAK * len(f))
    return s, offsets


def windows(s):
    for i in range(len(s) - RUN + 1):
        w = s[i:i + RUN]
        if BREAK not in w and HAN.search(w):
            yield i, w


def index_articles(shared):
    """window -> the set of article names it occurs in."""
    seen = {}
    for d in ARTICLE_DIRS:
        for f in sorted((shared / d).glob("*.txt")):
            s, _ = normalise(f.read_text(encoding="utf-8", errors="replace"), project=False)
            name = f"{d}/{f.name}"
            for _, w in windows(s):
                seen.setdefault(w, set()).add(name)
    return seen


def project_files(root):
    for d in PROJECT_DIRS:
        for f in sorted((root / d).rglob("*")):
            if f.is_file():
                yield f


def scan(root, own):
    """(file, line, run, articles) for each maximal run of a project file found in exactly one article."""
    found = []
    for f in project_files(root):
        try:
            text = f.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # not text
        s, offsets = normalise(text, project=True)
        start = end = -1
        articles = set()
        for i, w in windows(s):
            a = own.get(w)
            if a is None:
                continue
            if i <= end - RUN + 1 and start >= 0:  # overlaps or touches the current run
                end = i + RUN
                articles |= a
            else:
                if start >= 0:
                    found.append(report(f, text, s, offsets, start, end, articles))
                start, end, articles = i, i + RUN, set(a)
        if start >= 0:
            found.append(report(f, text, s, offsets, start, end, articles))
    return found


def report(f, text, s, offsets, start, end, articles):
    line = text.count("\n", 0, offsets[start]) + 1
    return f, line, s[start:end], sorted(articles)


def main():
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", nargs="?", default=str(here))
    ap.add_argument("--shared", default=None, help="the shared folder (default: ROOT/../shared)")
    args = ap.parse_args()
    root = Path(args.root).resolve()
    shared = Path(args.shared).resolve() if args.shared else root.parent / "shared"
    if not (shared / "corpus").is_dir():
        print(f"no {shared}/corpus: nothing to check against")
        return 0
    seen = index_articles(shared)
    own = {w: a for w, a in seen.items() if len(a) == 1}
    articles = len({a for s in seen.values() for a in s})
    found = scan(root, own)
    for f, line, run, arts in found:
        print(f"{f.relative_to(root)}:{line}: {len(run)} chars of {', '.join(arts)}: {run}")
    if found:
        print(f"FAIL: {len(found)} run(s) of {RUN}+ characters of {articles} shared articles in the project "
              f"(write sentences of your own, with invented names)")
        return 1
    print(f"no run of {RUN}+ characters of the {articles} shared articles in {', '.join(PROJECT_DIRS)} "
          f"({len(seen) - len(own)} windows shared by two or more articles excepted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
