#!/bin/sh
# Asterisk entrypoint for docker/compose.yml: writes the top-level config files, which #include the project's drop-in
# files (dialplans/*_callbot.conf, mounted read-only at /etc/asterisk/callbot) as a PBX's own files would, plus what
# differs in a container and the secrets in the environment, then runs the command:
#   manager.conf    [general] on the compose network and the callbot user with the secret from CALLBOT_AMI_SECRET
#                   (same read/write classes as manager_callbot.conf, whose permit/secret are for a bare-metal PBX)
#   pjsip.conf      the UDP transport with NAT settings, #include callbot/pjsip_callbot.conf, the softphone endpoint
#   extensions.conf #include callbot/extensions_callbot.conf + test extensions for the softphone (7000 robot, 7001 echo)
#   queues.conf     #include callbot/queues_callbot.conf
#   rtp.conf        the RTP port range compose publishes
set -eu
conf="${ASTERISK_CONF_DIR:-/etc/asterisk}"   # overridable so the test suite can run this script

fail() { echo "asterisk start: $*" >&2; exit 1; }

require_secret() { # name value min-length
  case "$2" in *CHANGE_ME*) fail "$1 is still the example value: choose one in docker/.env";; esac
  [ "${#2}" -ge "$3" ] || fail "$1 must be at least $3 characters, was ${#2}"
  case "$2" in *[!A-Za-z0-9_.+-]*) fail "$1 may only contain letters, digits and _ . + - (it goes into config files)";; esac
}

require_secret CALLBOT_AMI_SECRET "${CALLBOT_AMI_SECRET:-}" 16
require_secret SOFTPHONE_PASSWORD "${SOFTPHONE_PASSWORD:-}" 12
case "${SOFTPHONE_NUMBER:-}" in
  +[1-9][0-9][0-9][0-9][0-9][0-9]*) ;;
  *) fail "SOFTPHONE_NUMBER must be an E.164 number like +14155550199, was '${SOFTPHONE_NUMBER:-}'";;
esac
case "$SOFTPHONE_NUMBER" in *[!0-9+]*) fail "SOFTPHONE_NUMBER may only contain + and digits";; esac
subnet="${CALLBOT_SUBNET:-172.28.5.0/24}"
rtp_start="${RTP_PORT_START:-10000}"
rtp_end="${RTP_PORT_END:-10099}"

# AMI: same read/write classes as dialplans/manager_callbot.conf (DockerComposeConfigTest keeps them equal), but
# listening on the container's interfaces and accepting only the compose network, where the robots run.
umask 027
cat > "$conf/manager.conf" <<MANAGER
; written by /etc/asterisk/docker/start.sh at container start: edit docker/asterisk/start.sh, not this file
[general]
enabled = yes
port = 5038
bindaddr = 0.0.0.0
displayconnects = no
timestampevents = no

[callbot]
secret = ${CALLBOT_AMI_SECRET}
deny = 0.0.0.0/0.0.0.0
permit = ${subnet}
read = call,user,dialplan,originate,reporting
write = call,originate,reporting
writetimeout = 1000
eventfilter = !Event: RTCP*
MANAGER

{
  echo "; written by /etc/asterisk/docker/start.sh at container start"
  echo "; NAT: Asterisk sits behind Docker's bridge; peers outside the compose network get the host's address."
  echo "[transport-udp]"
  echo "type = transport"
  echo "protocol = udp"
  echo "bind = 0.0.0.0:5060"
  echo "local_net = ${subnet}"
  if [ -n "${ASTERISK_EXTERNAL_IP:-}" ]; then
    echo "external_media_address = ${ASTERISK_EXTERNAL_IP}"
    echo "external_signaling_address = ${ASTERISK_EXTERNAL_IP}"
  fi
  echo
  echo "#include callbot/pjsip_callbot.conf"
  cat <<SOFTPHONE

; The operator's softphone: register as user ${SOFTPHONE_NUMBER}. A customer whose phone is ${SOFTPHONE_NUMBER}
; is dialled as PJSIP/${SOFTPHONE_NUMBER} (campaign trunk "PJSIP/{phone}"), i.e. this endpoint.
[${SOFTPHONE_NUMBER}]
type = endpoint
transport = transport-udp
context = callbot-docker-softphone
disallow = all
allow = ulaw,alaw
direct_media = no
rtp_symmetric = yes
force_rport = yes
rewrite_contact = yes
auth = ${SOFTPHONE_NUMBER}-auth
aors = ${SOFTPHONE_NUMBER}

[${SOFTPHONE_NUMBER}-auth]
type = auth
auth_type = userpass
username = ${SOFTPHONE_NUMBER}
password = ${SOFTPHONE_PASSWORD}

[${SOFTPHONE_NUMBER}]
type = aor
max_contacts = 1
remove_existing = yes
qualify_frequency = 30
SOFTPHONE
} > "$conf/pjsip.conf"

printf '%s\n' "; written by /etc/asterisk/docker/start.sh at container start" \
  "#include callbot/extensions_callbot.conf" "#include docker/extensions_softphone.conf" > "$conf/extensions.conf"
printf '%s\n' "; written by /etc/asterisk/docker/start.sh at container start" \
  "#include callbot/queues_callbot.conf" > "$conf/queues.conf"
printf '%s\n' "; written by /etc/asterisk/docker/start.sh at container start" \
  "#include callbot/amd.conf" > "$conf/amd.conf"
printf '%s\n' "; written by /etc/asterisk/docker/start.sh at container start" \
  "[general]" "rtpstart = ${rtp_start}" "rtpend = ${rtp_end}" > "$conf/rtp.conf"

# The secrets files are not world-readable; when this runs as root, hand them to the user Asterisk runs as.
if [ "$(id -u)" = 0 ] && id asterisk >/dev/null 2>&1; then
  chown asterisk:asterisk "$conf/manager.conf" "$conf/pjsip.conf" "$conf/extensions.conf" "$conf/queues.conf" \
    "$conf/amd.conf" "$conf/rtp.conf"
fi
chmod 644 "$conf/extensions.conf" "$conf/queues.conf" "$conf/amd.conf" "$conf/rtp.conf"

echo "asterisk start: AMI user callbot on :5038 for ${subnet}; softphone ${SOFTPHONE_NUMBER};" \
  "RTP ${rtp_start}-${rtp_end}; external address ${ASTERISK_EXTERNAL_IP:-none (softphone on the Docker host)}"

# Newer andrius/asterisk images start as root with an entrypoint that adapts the asterisk uid (PUID/PGID);
# older ones run as the asterisk user directly. Either way Asterisk drops to the asterisk user (-U asterisk).
if [ "$(id -u)" = 0 ] && [ -x /usr/local/bin/entrypoint.sh ]; then
  exec /usr/local/bin/entrypoint.sh "$@"
fi
exec "$@"
