#!/usr/bin/env bash
# `npm test`'s first step: lint and typecheck side by side (each uses about one core), each one's
# output printed whole when it ends; fails when either fails, saying which.
set -uo pipefail
cd "$(dirname "$0")/.."
lint_log="$(mktemp)"
types_log="$(mktemp)"
trap 'rm -f "$lint_log" "$types_log"' EXIT
npm run --silent lint >"$lint_log" 2>&1 &
lint_pid=$!
npm run --silent typecheck >"$types_log" 2>&1
types=$?
wait "$lint_pid"
lint=$?
cat "$lint_log" "$types_log"
[ "$lint" = 0 ] || echo "check-code: npm run lint failed" >&2
[ "$types" = 0 ] || echo "check-code: npm run typecheck failed" >&2
[ "$lint" = 0 ] && [ "$types" = 0 ]
