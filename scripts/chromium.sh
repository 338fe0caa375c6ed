# Sourced by test.sh: browser tests use Debian's Chromium, never a browser a tool downloads.
ensure_chromium() {
  export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
  if [ ! -x "$CHROME_PATH" ]; then
    echo "› installing Chromium (apt)"
    apt_install chromium || {
      echo "Chromium is missing: run 'apt-get install -y chromium' (or set CHROME_PATH)." >&2
      return 1
    }
  fi
}
