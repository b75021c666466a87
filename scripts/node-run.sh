#!/usr/bin/env bash
# Runs a command with the project's Node options: `bash scripts/node-run.sh tsx scripts/x.ts [args]`.
set -euo pipefail
. "$(dirname "$0")/node-options.sh"
exec "$@"
