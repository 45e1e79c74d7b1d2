#!/usr/bin/env bash
# What `make run` does, on a fresh database, then a few requests against the running server.
# Uses DATABASE_URL when set (a fresh database named jambi_smoke next to it), else a temporary SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
port=8765
if [[ "${DATABASE_URL:-}" == postgres* ]]; then
  base="${DATABASE_URL%/*}"
  psql "$base/postgres" -qc "DROP DATABASE IF EXISTS jambi_smoke" -qc "CREATE DATABASE jambi_smoke"
  export DATABASE_URL="$base/jambi_smoke"
else
  export DATABASE_URL="sqlite:///$(mktemp -d)/smoke.sqlite3"
fi
export MEDIA_ROOT="$(mktemp -d)"

log=$(mktemp)
server=""
stop() { [[ -n "$server" ]] && kill -- "-$server" 2>/dev/null; wait "$server" 2>/dev/null || true; server=""; }
trap stop EXIT
start() {  # start `make run` in its own process group; wait until it answers
  : >"$log"
  setsid make run PORT=$port >"$log" 2>&1 &
  server=$!
  for _ in $(seq 300); do
    curl -fs -o /dev/null -H "Host: localhost" "http://127.0.0.1:$port/robots.txt" && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  cat "$log"; echo "FAIL: make run did not start serving"; exit 1
}

started=$(date +%s)
start
echo "first make run served after $(( $(date +%s) - started )) s"

fail=0
expect() {  # expect STATUS HOST PATH [TEXT]
  local body status
  body=$(mktemp)
  status=$(curl -s -o "$body" -w '%{http_code}' -H "Host: $2" "http://127.0.0.1:$port$3")
  if [[ "$status" != "$1" ]] || { [[ -n "${4:-}" ]] && ! grep -q "$4" "$body"; }; then
    echo "FAIL: $2$3 gave $status (wanted $1${4:+ with “$4”})"; fail=1
  else
    echo "ok:   $2$3 $status"
  fi
}
expect 200 localhost:$port / "Pemerintah Provinsi Jambi"
expect 200 dinkes.localhost:$port / "Dinas Kesehatan"
expect 200 dinkes.localhost:$port /berita/ "Dinas Kesehatan"
expect 200 disdik.localhost:$port /berita/ "Dinas Pendidikan"
expect 200 dinkes.localhost:$port "/cari/?q=layanan"
expect 200 dinkes.localhost:$port /sitemap.xml "dinkes.localhost"
expect 200 localhost:$port /kebaruan/ "Kebaruan Situs OPD"
expect 404 dinkes.localhost:$port /kebaruan/
expect 404 tidakada.localhost:$port /
expect 400 contoh.example.com /
expect 302 localhost:$port /admin/

stop
started=$(date +%s)
start
echo "second make run served after $(( $(date +%s) - started )) s"
grep -q "sudah" "$log" || { cat "$log"; echo "FAIL: the second make run did not report the demo as already seeded"; fail=1; }
expect 200 dinkes.localhost:$port / "Dinas Kesehatan"
exit $fail
