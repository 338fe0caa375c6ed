#!/usr/bin/env bash
# The README's second command: every check and every test, as CI runs them.
source "$(dirname "$0")/bootstrap.sh"
source "$(dirname "$0")/postgres.sh"
source "$(dirname "$0")/chromium.sh"
source "$(dirname "$0")/wrk.sh"
ensure_pnpm
ensure_chromium
ensure_postgres
ensure_wrk
install_dependencies
# Without it the PostgreSQL half of the API suite would be skipped instead of failing.
export PARTNERKIT_REQUIRE_POSTGRES=1
echo "› lint"
pnpm lint
echo "› build-storybook" && pnpm build-storybook
echo "› test"
pnpm test
