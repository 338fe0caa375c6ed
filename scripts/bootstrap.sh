# Sourced by start.sh and test.sh: makes a fresh Debian + Node 20 machine ready to run the workspace.
set -euo pipefail

PNPM_VERSION=12.21.0
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# The project's own pnpm, used when the one on the PATH is another version or does not run (a
# corepack shim offline or behind a registry mirror). Nothing outside this folder is written.
PNPM_DIR=${PARTNERKIT_TOOLS_DIR:-$ROOT/.tools}/pnpm-$PNPM_VERSION

# sudo asks for a password only where someone can type it.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif ! command -v sudo >/dev/null; then return 1
  elif [ -t 0 ]; then sudo "$@"
  else sudo -n "$@"; fi
}

apt_updated=
apt_install() {
  command -v apt-get >/dev/null || { echo "apt-get is not on this machine." >&2; return 1; }
  [ -n "$apt_updated" ] || { as_root apt-get update -qq && apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# What `pnpm --version` prints, or nothing when it fails. A corepack shim must neither prompt nor
# wait on a download it cannot make.
pnpm_version_of() {
  COREPACK_ENABLE_DOWNLOAD_PROMPT=0 COREPACK_ENABLE_NETWORK=0 timeout 30 "$1" --version 2>/dev/null </dev/null || true
}

ensure_pnpm() {
  local on_path found
  on_path=$(command -v pnpm || true)
  if [ -x "$PNPM_DIR/node_modules/.bin/pnpm" ] &&
    [ "$(pnpm_version_of "$PNPM_DIR/node_modules/.bin/pnpm")" = "$PNPM_VERSION" ]; then
    export PATH="$PNPM_DIR/node_modules/.bin:$PATH"
    echo "› pnpm $PNPM_VERSION from ${PNPM_DIR#"$ROOT"/}"
    return 0
  fi
  found=${on_path:+$(pnpm_version_of "$on_path")}
  if [ "$found" = "$PNPM_VERSION" ]; then
    echo "› pnpm $PNPM_VERSION ($on_path)"
    return 0
  fi
  if [ -z "$on_path" ]; then
    echo "› no pnpm on the PATH"
  elif [ -z "$found" ]; then
    echo "› $on_path does not run (a corepack shim that cannot download pnpm?); leaving it alone"
  else
    echo "› $on_path is pnpm $found; this workspace pins $PNPM_VERSION"
  fi
  if ! command -v npm >/dev/null; then
    echo "npm is missing: install Node.js ≥ 20.19 with npm (on Debian: apt-get install -y nodejs npm)." >&2
    return 1
  fi
  echo "› installing pnpm $PNPM_VERSION into ${PNPM_DIR#"$ROOT"/} (npm, for this project only)"
  mkdir -p "$PNPM_DIR"
  if ! npm install --prefix "$PNPM_DIR" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null; then
    echo "Could not install pnpm $PNPM_VERSION from the npm registry ($(npm config get registry)):" \
      "check the network, or install pnpm $PNPM_VERSION yourself and put it first on the PATH." >&2
    return 1
  fi
  export PATH="$PNPM_DIR/node_modules/.bin:$PATH"
  found=$(pnpm_version_of pnpm)
  if [ "$found" != "$PNPM_VERSION" ]; then
    echo "pnpm in $PNPM_DIR reports '${found:-nothing}', not $PNPM_VERSION." >&2
    return 1
  fi
}

install_dependencies() {
  echo "› pnpm install --frozen-lockfile"
  pnpm install --frozen-lockfile --reporter=silent
}
