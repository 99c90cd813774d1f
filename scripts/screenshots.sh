#!/usr/bin/env bash
# Takes the README screenshots from the real app under a virtual X server.
#
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default docs/images)
# Needs xvfb-run (Debian/Ubuntu: apt-get install xvfb libgtk-3-0). Builds the jar if it is missing.
# The app trains for about a minute, saves the PNGs and frame-times.txt into OUTPUT_DIR, and exits.
set -euo pipefail

cd "$(dirname "$0")/.."
output="${1:-docs/images}"

if ! command -v xvfb-run > /dev/null; then
    echo "xvfb-run not found; install it with: apt-get install xvfb libgtk-3-0" >&2
    exit 1
fi
if [ ! -f app/target/cooperator-lab.jar ]; then
    mvn -B -q -DskipTests package
fi

mkdir -p "$output"
xvfb-run -a -s "-screen 0 1920x1200x24" \
    java -Xmx512m -Dprism.order=sw -cp app/target/cooperator-lab.jar \
    org.cooperatorlab.app.ui.DesktopApp --screenshot "$output"
ls -l "$output"
