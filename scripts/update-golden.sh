#!/usr/bin/env bash
# update-golden.sh [--segmentations]: rewrites the files that tests compare byte for byte; nothing else writes them.
#   src/test/resources/golden/samples-articles/          the samples' export, activity masked (GoldenExportTest)
#   src/test/resources/org/govkg/nlp/segmentations.tsv   with --segmentations: HanLP's segmentation of
#                                                        segmented-texts.tsv (RecordedSegmentationTest's recorder)
# Run it only when a change of what govkg extracts (or a new HanLP) is meant, then read the diff it prints before
# committing the files: that diff is the change a reviewer approves.
set -euo pipefail
cd "$(dirname "$0")/.."
tests=GoldenExportTest
props=(-Dgovkg.update-golden=true)
if [ "${1:-}" = "--segmentations" ]; then
  tests="$tests,RecordedSegmentationTest#the_recording_is_what_hanlp_says_today"
  props+=(-Dgovkg.record-segmentations=true)
fi
status=0
mvn -B -q test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false "${props[@]}" || status=$?
git status --short -- src/test/resources/golden src/test/resources/org/govkg/nlp
git diff --stat -- src/test/resources/golden src/test/resources/org/govkg/nlp
[ "$status" = 0 ] || echo "update-golden: the test run failed (exit $status); see target/surefire-reports"
exit "$status"
