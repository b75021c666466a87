# Sourced by the scripts that run command-line imports and their bench (node-run.sh). The server
# gives its import worker threads the same setting (lib/import/jobs/import-jobs.server.ts) and keeps
# V8's default on its own thread. --max-semi-space-size (MB) enlarges V8's young generation: an import's per-row
# objects then die young instead of being promoted and marked again and again as the plan grows
# (docs/decisions/007-bulk-import-defers-indexes.md has the figures). The caller's options follow.
export NODE_OPTIONS="--max-semi-space-size=128${NODE_OPTIONS:+ ${NODE_OPTIONS}}"
