# Sourced by test.sh: starts the local PostgreSQL server and exports TEST_DATABASE_URL for the
# API's PostgreSQL test run. Debian's server; installed with apt when missing.
ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null; then
    echo "› installing PostgreSQL (apt)"
    apt_install postgresql postgresql-contrib || {
      echo "PostgreSQL is missing and cannot be installed here: run 'apt-get install postgresql'." >&2
      return 1
    }
  fi
  local cluster
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    echo "No PostgreSQL cluster found: create one with pg_createcluster." >&2
    return 1
  fi
  # shellcheck disable=SC2086
  as_root pg_ctlcluster --skip-systemctl-redirect $cluster start 2>/dev/null || true
  local port
  port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
  as_root runuser -u postgres -- psql -p "$port" -qtAc "
    DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'partnerkit') THEN
        CREATE ROLE partnerkit LOGIN PASSWORD 'partnerkit';
      END IF;
    END \$\$;
    -- The API suite creates a throwaway database per test file.
    ALTER ROLE partnerkit CREATEDB;" >/dev/null
  as_root runuser -u postgres -- psql -p "$port" -qtAc \
    "SELECT 1 FROM pg_database WHERE datname = 'partnerkit_test'" | grep -q 1 ||
    as_root runuser -u postgres -- createdb -p "$port" -O partnerkit partnerkit_test
  export TEST_DATABASE_URL="postgres://partnerkit:partnerkit@127.0.0.1:$port/partnerkit_test"
  echo "› PostgreSQL ready: $TEST_DATABASE_URL"
}
