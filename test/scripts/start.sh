#!/usr/bin/env bash
# `npm start`: install dependencies if needed, then serve demo/ with vite (http://localhost:5173).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d node_modules ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

exec npx --no-install vite "$@"
