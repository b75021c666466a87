#!/usr/bin/env bash
# Part of `npm ci` (postinstall): builds lib/server/malloc-trim, the server's way to give freed memory
# back after an import (decision 009). Optional: without a compiler the server runs without it.
cd "$(dirname "$0")/../lib/server/malloc-trim" || exit 0
log="$(mktemp)"
if node-gyp rebuild --loglevel=error >"$log" 2>&1; then
  rm -f "$log"
else
  echo "Note: lib/server/malloc-trim was not built (see $log); Atlas runs without it, but keeps more memory after large imports."
fi
exit 0
