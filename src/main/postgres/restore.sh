#!/usr/bin/env bash
# Restores a backup of the platform's PostgreSQL into a new, empty data directory (docs/operations.md, "Restore").
#
#   restore.sh BACKUP_FOLDER DATA_DIR WAL_ARCHIVE [--until 'YYYY-MM-DD HH:MM:SS+07']
#   restore.sh BACKUP_FOLDER DATA_DIR                (a cold copy: no WAL to replay)
#
# BACKUP_FOLDER holds base.tar.gz (or base.tar.xz): either what backup.sh wrote (with backup_label and manifest
# beside it), a `pg_basebackup -Ft -z` (backup_label inside the tar), or a cold copy, the tar of a data directory of a cleanly
# stopped server (no backup_label). DATA_DIR must not exist or be empty: the script never writes over a
# database. With a backup_label, recovery replays the WAL from WAL_ARCHIVE (what archive_command filled) to its
# end, or with --until to that moment (point-in-time recovery: just before a mistake), then opens the database.
#
# The script prepares the directory; PostgreSQL does the recovery when started on it (pg_ctl -D DATA_DIR start),
# as the postgres OS user. Exit codes: 2 wrong arguments, 3 DATA_DIR not empty, 4 the backup is damaged, 1 else.
set -euo pipefail

usage() {
	echo "Usage: $0 BACKUP_FOLDER DATA_DIR [WAL_ARCHIVE [--until 'YYYY-MM-DD HH:MM:SS+07']]" >&2
	exit 2
}

fail() {
	echo "restore.sh: $1" >&2
	exit "${2:-1}"
}

until_time=
positional=()
while [ $# -gt 0 ]; do
	case $1 in
		--until)
			[ $# -ge 2 ] || usage
			until_time=$2
			shift 2
			;;
		-*) usage ;;
		*)
			positional+=("$1")
			shift
			;;
	esac
done
[ ${#positional[@]} -ge 2 ] && [ ${#positional[@]} -le 3 ] || usage
backup=${positional[0]}
data=${positional[1]}
archive=${positional[2]:-}

# Refused before anything is read or written: a restore over a database would mix two databases' files.
if [ -e "$data" ] && { [ ! -d "$data" ] || [ -n "$(ls -A "$data")" ]; }; then
	fail "Thư mục dữ liệu $data đã có dữ liệu: không khôi phục đè lên một cơ sở dữ liệu. Hãy khôi phục vào một thư mục trống mới.
restore.sh: The data directory $data is not empty: a restore never writes over a database. Restore into a new, empty directory." 3
fi

base=
for candidate in "$backup/base.tar.gz" "$backup/base.tar.xz"; do
	if [ -f "$candidate" ]; then
		base=$candidate
		break
	fi
done
[ -n "$base" ] || fail "$backup holds no base.tar.gz (nor base.tar.xz)" 2
[ -z "$until_time" ] || [ -n "$archive" ] || fail "--until needs the WAL archive to replay (third argument)" 2
if [ -n "$until_time" ] && ! [[ $until_time =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([+-][0-9]{2}(:?[0-9]{2})?|Z)$ ]]; then
	fail "--until needs a time with its offset, as 'YYYY-MM-DD HH:MM:SS+07'; got '$until_time'" 2
fi

if [ -f "$backup/manifest" ]; then
	expected=$(sed -n 's/^sha256: //p' "$backup/manifest")
	actual=$(sha256sum "$base" | cut -d' ' -f1)
	[ "$expected" = "$actual" ] || fail "$base is damaged: its sha256 is $actual, the manifest says $expected" 4
	echo "$(basename "$base") matches its manifest (sha256 $actual)"
else
	echo "No manifest in $backup: $(basename "$base") is not checked (gzip and xz check their own integrity while extracting)"
fi

# A backup taken while the server ran needs its label (where to start replaying) and the WAL written during it.
labelled=false
if [ -f "$backup/backup_label" ] || tar -tf "$base" | grep -x '\(\./\)\?backup_label' >/dev/null; then
	labelled=true
	[ -n "$archive" ] || fail "$backup is a backup of a running server: name the WAL archive its WAL went to (third argument)" 2
	[ -d "$archive" ] || fail "the WAL archive $archive is not a directory" 2
elif [ -n "$archive" ] || [ -n "$until_time" ]; then
	echo "No backup_label: $backup is a cold copy of a stopped server; PostgreSQL will replay WAL from $archive after it"
fi

mkdir -p "$data"
# A restore that fails half-way (a full disk, a truncated tar) leaves the directory empty again, as it found it: a
# half-restored database must not be started by mistake, and the next try must not be refused as "not empty".
trap 'find "$data" -mindepth 1 -delete; echo "restore.sh: failed; $data is empty again" >&2; exit 1' ERR
# PostgreSQL refuses to start on a data directory others can read.
chmod 700 "$data"
tar -C "$data" -xf "$base"
if [ -f "$backup/backup_label" ]; then
	cp "$backup/backup_label" "$data/backup_label"
fi
# The backup left out the WAL and the pid file of the server it came from; the directories must exist.
mkdir -p "$data/pg_wal/archive_status"
rm -f "$data/postmaster.pid" "$data/postmaster.opts"

if $labelled || [ -n "$archive" ]; then
	# restore_command is what PostgreSQL runs for each WAL file it needs: a copy out of the archive. A ' in the
	# path doubles, as in any postgresql.conf string.
	quoted_archive=$(cd "$archive" && pwd)
	quoted_archive=${quoted_archive//\'/\'\'}
	{
		echo
		echo "# Added by restore.sh on $(date -u '+%Y-%m-%d %H:%M:%S UTC'), restoring $backup"
		echo "restore_command = 'cp \"$quoted_archive/%f\" \"%p\"'"
		if [ -n "$until_time" ]; then
			echo "recovery_target_time = '$until_time'"
			echo "recovery_target_action = 'promote'"
		fi
	} >>"$data/postgresql.auto.conf"
	# Archive recovery: replay from the archive, then open on a new timeline (so the WAL of the old one stays).
	touch "$data/recovery.signal"
fi

trap - ERR
echo "Restored $backup into $data."
echo "Next: start PostgreSQL on it as the postgres OS user: pg_ctl -D $data start"
if $labelled || [ -n "$archive" ]; then
	echo "It replays the WAL${until_time:+ up to $until_time} and then accepts writes: select pg_is_in_recovery() answers false."
	echo "Its postgresql.conf still archives to where the old server did; change archive_command first if that is wrong."
fi
