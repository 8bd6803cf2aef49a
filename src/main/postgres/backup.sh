#!/usr/bin/env bash
# A base backup of the platform's PostgreSQL, taken while it runs (docs/operations.md, "Back up").
#
#   backup.sh DEST
#
# Writes DEST/<UTC timestamp>/ with
#   base.tar.gz     the data directory as it was during the backup (without pg_wal: that comes from the archive)
#   backup_label    where recovery must start; restore.sh puts it back into the data directory
#   manifest        label, server version, start and stop time and WAL position, sha256 of base.tar.gz
#
# Run it on the database host as the postgres OS user (or anyone who can read the data directory), with psql of
# any version from 12 on; the connection comes from the PG* environment variables (PGHOST, PGPORT, PGUSER, ...),
# as a superuser or a role granted pg_backup_start/pg_backup_stop and pg_read_all_settings.
#
# It is PostgreSQL's own low-level API ("Making a Base Backup Using the Low Level API" in its manual): the
# backup starts and stops in ONE session (a coprocess psql here), the files are copied in between. A backup
# alone restores nothing: the WAL written during it must be in the archive that archive_command fills, so the
# script refuses to run when archiving is off. pg_basebackup does the same thing over a replication connection;
# this script exists because it needs nothing but psql, tar and sha256sum on the host.
set -euo pipefail

if [ $# -ne 1 ]; then
	echo "Usage: $0 DEST   (the backup goes into DEST/<UTC timestamp>/)" >&2
	exit 2
fi
dest_root=$1
stamp=$(date -u +%Y%m%dT%H%M%SZ)
dest=$dest_root/$stamp
label="sangkien $stamp"

fail() {
	echo "backup.sh: $*" >&2
	exit 1
}

# One psql for the whole backup: pg_backup_stop must run in the session that ran pg_backup_start, and closing
# that session aborts the backup (so a failure anywhere below leaves no backup running on the server).
coproc PSQL { exec psql -X -q -A -t -v ON_ERROR_STOP=1 -d "${PGDATABASE:-postgres}"; }
# Our own copies of its pipes: bash closes the coprocess's when it exits, and a write to a psql that stopped
# should fail with a message rather than kill the script with SIGPIPE.
exec {to_psql}>&"${PSQL[1]}" {from_psql}<&"${PSQL[0]}"
trap '' PIPE
trap 'kill "${PSQL_PID:-}" 2>/dev/null || true' EXIT

# Sends statements (each ended by ; or \gset) and sets `answer` to the lines psql printed: everything up to a
# marker we echo after them. psql stops at an error (ON_ERROR_STOP), its message on our stderr, and the marker
# never comes.
answer=()
ask() {
	printf '%s\n\\echo __backup_sh_done__\n' "$1" >&"$to_psql" 2>/dev/null || fail "psql stopped before: $1"
	answer=()
	local line
	while IFS= read -r line <&"$from_psql"; do
		if [ "$line" = __backup_sh_done__ ]; then
			return 0
		fi
		answer+=("$line")
	done
	fail "psql stopped while running: $1"
}

ask "select current_setting('server_version_num')::int;"
server_version=${answer[0]}
[ "$server_version" -ge 150000 ] || fail "this script uses pg_backup_start (PostgreSQL 15 and later); the server is $server_version"
ask "show archive_mode;"
archive_mode=${answer[0]}
if [ "$archive_mode" = off ]; then
	fail "archive_mode is off: a base backup without the WAL written during it cannot be restored.
Set archive_mode = on and archive_command in postgresql.conf, restart PostgreSQL, then run the backup again
(docs/operations.md, \"Setting up (once)\")."
fi
ask "select count(*) from pg_tablespace where spcname not in ('pg_default', 'pg_global');"
tablespaces=${answer[0]}
[ "$tablespaces" -eq 0 ] || fail "the server has $tablespaces tablespace(s) outside its data directory, which this script does not copy; use pg_basebackup"
ask "show data_directory;"
pgdata=${answer[0]}
[ -r "$pgdata/PG_VERSION" ] || fail "cannot read the data directory $pgdata: run this as the postgres OS user on the database host"

[ ! -e "$dest" ] || fail "$dest exists already"
mkdir -p "$dest"

# fast = true: an immediate checkpoint, rather than waiting for the next scheduled one (up to checkpoint_timeout).
ask "select pg_backup_start('$label', true);"
start_lsn=${answer[0]}
echo "Backup \"$label\" started at WAL $start_lsn; copying $pgdata"

# What the manual says to leave out: the WAL (recovery takes it from the archive), the running server's pid and
# options, and directories PostgreSQL empties at start. Files may change or vanish while tar reads them (the
# server keeps writing); that is expected, WAL replay repairs it, and tar says so with exit code 1.
tar_status=0
tar -C "$pgdata" -czf "$dest/base.tar.gz" \
	--warning=no-file-changed --warning=no-file-removed --warning=no-file-shrank \
	--exclude='./pg_wal/*' --exclude=./postmaster.pid --exclude=./postmaster.opts \
	--exclude='./pg_replslot/*' --exclude='./pg_dynshmem/*' --exclude='./pg_notify/*' --exclude='./pg_serial/*' \
	--exclude='./pg_snapshots/*' --exclude='./pg_stat_tmp/*' --exclude='./pg_subtrans/*' --exclude='pgsql_tmp*' \
	--exclude=pg_internal.init . || tar_status=$?
[ "$tar_status" -le 1 ] || fail "tar failed (exit $tar_status); the backup in $dest is incomplete"

# wait_for_archive = true: returns once every WAL segment the backup needs is in the archive. The label comes
# back base64-encoded so that it reaches the file byte for byte. (The tablespace map is empty: no tablespaces.)
ask "select lsn, encode(convert_to(labelfile, 'UTF8'), 'base64') as label from pg_backup_stop(true) \\gset stop_
\\echo :stop_lsn
\\echo :stop_label"
stop_lsn=${answer[0]}
printf '%s\n' "${answer[@]:1}" | base64 -d >"$dest/backup_label"
printf '\\q\n' >&"$to_psql"

start_time=$(sed -n 's/^START TIME: //p' "$dest/backup_label")
cat >"$dest/manifest" <<EOF
label: $label
server_version_num: $server_version
data_directory: $pgdata
start_time: $start_time
start_lsn: $start_lsn
stop_time: $(date -u '+%Y-%m-%d %H:%M:%S UTC')
stop_lsn: $stop_lsn
sha256: $(sha256sum "$dest/base.tar.gz" | cut -d' ' -f1)
EOF
echo "Backup \"$label\" done: $dest ($(du -sh "$dest/base.tar.gz" | cut -f1)), WAL $start_lsn to $stop_lsn archived"
