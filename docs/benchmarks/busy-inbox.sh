#!/usr/bin/env bash
# Fills the Hà Nội support team's inbox: tacgia.hn writes and submits N initiatives through the REST API.
# Dev only: it signs in to Keycloak's admin console as admin/admin to add a client that allows the
# password grant. Then `bash docs/benchmarks/render-times.sh http://localhost:8080 hotro.hn` measures
# a busy inbox (the page lists up to 200 tasks).
#
#   bash docs/benchmarks/busy-inbox.sh [base-url] [keycloak-url] [count]
set -euo pipefail
base=${1:-http://localhost:8080}
keycloak=${2:-http://127.0.0.1:8180}
count=${3:-200}

token() { sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'; }

admin=$(curl -sS -d client_id=admin-cli -d username=admin -d password=admin -d grant_type=password \
  "$keycloak/realms/master/protocol/openid-connect/token" | token)
# 201 the first time, 409 afterwards: either way the client is there.
curl -sS -o /dev/null -H "Authorization: Bearer $admin" -H "Content-Type: application/json" \
  -d '{"clientId":"sangkien-benchmark","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
       "protocolMappers":[{"name":"unit_role","protocol":"openid-connect","protocolMapper":"oidc-usermodel-attribute-mapper",
         "config":{"user.attribute":"unit_role","claim.name":"unit_role","jsonType.label":"String","multivalued":"true",
                   "access.token.claim":"true","id.token.claim":"true"}}]}' \
  "$keycloak/admin/realms/sangkien/clients"
author=$(curl -sS -d client_id=sangkien-benchmark -d username=tacgia.hn -d password=demo -d grant_type=password \
  "$keycloak/realms/sangkien/protocol/openid-connect/token" | token)

start=$(date +%s)
for i in $(seq 1 "$count"); do
  id=$(curl -sS -H "Authorization: Bearer $author" -H "Content-Type: application/json" -d '{
      "kind":"TECHNICAL_SOLUTION","title":"Sáng kiến thử tải số '"$i"'","summary":"Tóm tắt","problem":"Vấn đề",
      "solution":"Giải pháp","applicationPlace":"Phân xưởng 1","applicationMode":"APPLIED","applicationDate":"2022-03-01",
      "benefitVnd":1000000,"contributors":[{"fullName":"Nguyễn Văn An","username":"tacgia.hn","sharePercent":100,
      "targetGroup":"WORKER"}]}' "$base/api/initiatives" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
  [ -n "$id" ] || { echo "draft $i was refused" >&2; exit 1; }
  curl -sS -o /dev/null -f -X POST -H "Authorization: Bearer $author" "$base/api/initiatives/$id/submit"
done
echo "$count initiatives written and submitted in $(( $(date +%s) - start )) s"
