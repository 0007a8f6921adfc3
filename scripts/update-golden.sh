#!/usr/bin/env bash
# update-golden.sh: rewrites the golden files the tests compare byte for byte, and nothing else does:
#   src/test/resources/golden/samples-articles/   the samples' export (GoldenExportTest, activity masked)
#   src/test/resources/org/govkg/nlp/segmentations.tsv   HanLP's segmentation of the recorded sentences
#                                                        (RecordedSegmentations; with --segmentations only)
# Run it when a change of what govkg extracts is meant, then read the diff it prints before committing:
# that diff is the change a reviewer approves.
set -euo pipefail
cd "$(dirname "$0")/.."
tests=GoldenExportTest
props=(-Dgovkg.update-golden=true)
if [ "${1:-}" = "--segmentations" ]; then
  tests="$tests,RecordedSegmentationsTest"
  props+=(-Dgovkg.record-segmentations=true)
fi
mvn -B -q test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false "${props[@]}"
git status --short -- src/test/resources/golden src/test/resources/org/govkg/nlp
git diff --stat -- src/test/resources/golden src/test/resources/org/govkg/nlp
