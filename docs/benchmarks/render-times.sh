#!/usr/bin/env bash
# How long the public home page and a signed-in user's inbox take to render, measured on loopback
# (so close to server time) against a running platform with its demo data.
#
#   mvn spring-boot:run                      # in another terminal, wait for "Started SangKienApplication"
#   bash docs/benchmarks/render-times.sh     # [base-url] [demo-user] [runs]
set -euo pipefail
base=${1:-http://localhost:8080}
user=${2:-hotro.hn}
runs=${3:-50}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# Sign in as a person would: the inbox sends us to Keycloak's form, which we fill in.
login_page=$(curl -sSL -c "$jar" -b "$jar" "$base/inbox")
action=$(printf '%s' "$login_page" | grep -o '<form[^>]*action="[^"]*"' | head -1 | sed 's/.*action="//; s/"$//; s/&amp;/\&/g')
landed=$(curl -sSL -c "$jar" -b "$jar" -o /dev/null -w '%{url_effective} %{http_code}' \
  --data-urlencode "username=$user" --data-urlencode "password=demo" "$action")
case "$landed" in
  "$base/inbox"*" 200") ;;
  *) echo "Sign-in as $user failed: landed on $landed" >&2; exit 1 ;;
esac

measure() {
  local path=$1
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$base$path"; done
  for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$path"
  done | sort -n | awk -v path="$path" '
    { t[NR] = $1 * 1000 }
    END { printf "%-8s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d runs)\n", path, t[int(NR / 2) + 1], t[int(NR * 0.95)], t[NR], NR }'
}

measure /
measure /leaderboards
measure /inbox
