#!/usr/bin/env bash
# Starts a clamd for the antivirus tests on 127.0.0.1:${THAMMJOBS_CLAMD_PORT:-3310}, with a signature database
# that knows only the EICAR test file (Debian's clamav ships no signatures and freshclam cannot reach its
# mirror here). Idempotent: when a clamd already answers PING on that port nothing is started.
# Needs clamav-daemon (apt-get install clamav-daemon). Exit status 0 once clamd answers PING, 1 otherwise.
set -uo pipefail

port="${THAMMJOBS_CLAMD_PORT:-3310}"
base=/var/lib/clamav-thammjobs
database="$base/db"
config="$base/clamd.conf"
log="$base/clamd.log"

clamd_answers() {
  # zPING\0 over bash's /dev/tcp; clamd answers "PONG\0".
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "zPING\0" >&3
    IFS= read -r -d "" reply <&3
    [ "$reply" = PONG ]' _ "$port" 2>/dev/null
}

if clamd_answers; then
  echo "clamd already answers on 127.0.0.1:$port"
  exit 0
fi

if ! [ -x /usr/sbin/clamd ]; then
  echo "clamd is not installed (apt-get install clamav-daemon)" >&2
  exit 1
fi

mkdir -p "$database"
# The EICAR test string as an .ndb body signature (type 0: any file, offset *: anywhere), written in hex so that
# this script is not itself detected. clamd unpacks archives, so the string is also found inside a ZIP or DOCX.
echo "Eicar-Test-Signature:0:*:58354f2150254041505b345c505a58353428505e2937434329377d2445494341522d5354414e444152442d414e544956495255532d544553542d46494c452124482b482a" \
  > "$database/thammjobs-eicar.ndb"

cat > "$config" <<EOF
# Written by .ci/start-clamd.sh: a test clamd on loopback with the EICAR-only database.
DatabaseDirectory $database
TCPSocket $port
TCPAddr 127.0.0.1
Foreground no
PidFile $base/clamd.pid
LogFile $log
LogTime yes
User root
StreamMaxLength 25M
MaxFileSize 25M
MaxScanSize 100M
SelfCheck 0
EOF

/usr/sbin/clamd --config-file="$config" || {
  echo "clamd did not start; see $log" >&2
  tail -20 "$log" >&2 2>/dev/null
  exit 1
}

for _ in $(seq 1 60); do
  if clamd_answers; then
    echo "clamd answers on 127.0.0.1:$port"
    exit 0
  fi
  sleep 1
done
echo "clamd did not answer PING on 127.0.0.1:$port within 60 s; see $log" >&2
tail -20 "$log" >&2 2>/dev/null
exit 1
