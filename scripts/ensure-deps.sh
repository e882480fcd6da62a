#!/bin/sh
# Runs before `npm start` / `npm test` so each works as the first command on a fresh clone.
# It runs on whatever Node the machine has (npm itself does); after it, node_modules/.bin/node
# (the pinned Node 24 from the `node` devDependency) is first on PATH for the rest of the script.
set -e
if [ ! -x node_modules/.bin/node ] || [ ! -d node_modules/vitest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "crossdesk: installing dependencies (npm ci)…" >&2
  npm ci --no-audit --no-fund
fi
