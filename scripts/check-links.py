#!/usr/bin/env python3
"""Checks the relative links of README.md, docs/*.md and spark/README.md: every target file exists and
every #anchor names a heading of its file (GitHub's slugs). Exit 1 and one line per broken link."""
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
pages = [root / "README.md", *sorted((root / "docs").glob("*.md")), root / "spark" / "README.md"]


def slug(heading):
    # GitHub: lower case, drop everything but letters, digits, spaces, '-' and '_', spaces to '-'
    s = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return s.replace(" ", "-")


def anchors(path):
    seen, out, fence = {}, set(), False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fence = not fence
        m = None if fence else re.match(r"#{1,6} (.*)", line)
        if m:
            base = slug(m.group(1).replace("`", ""))
            n = seen.get(base, 0)
            seen[base] = n + 1
            out.add(base if n == 0 else f"{base}-{n}")
    return out


def links(path):
    fence = False
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            fence = not fence
        if fence:
            continue
        for target in re.findall(r"\]\(([^)\s]+)\)", re.sub(r"`[^`]*`", "", line)):
            yield no, target


bad = 0
for page in pages:
    for no, target in links(page):
        if re.match(r"[a-z]+:", target):
            continue  # http:, https:, mailto:
        file, _, anchor = target.partition("#")
        dest = (page.parent / file).resolve() if file else page
        if not dest.exists():
            print(f"{page.relative_to(root)}:{no}: no file {target}")
            bad += 1
        elif anchor and (dest.suffix != ".md" or anchor not in anchors(dest)):
            print(f"{page.relative_to(root)}:{no}: no heading #{anchor} in {dest.relative_to(root)}")
            bad += 1
print(f"{sum(1 for p in pages for _ in links(p))} links in {len(pages)} pages, {bad} broken")
sys.exit(1 if bad else 0)
