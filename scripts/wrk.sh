# Sourced by test.sh: the POST benchmark's load generator (packages/api/bench/post-deals-load.ts),
# which the API suite runs briefly. Debian's package; installed with apt when missing.
ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "› installing wrk (apt)"
    apt_install wrk || {
      echo "wrk is missing: run 'apt-get install -y wrk'." >&2
      return 1
    }
  fi
}
