#!/usr/bin/env bash
# The README's first command: API on the embedded database with demo data, plus the demo pages.
source "$(dirname "$0")/bootstrap.sh"
ensure_pnpm
install_dependencies
exec pnpm start
