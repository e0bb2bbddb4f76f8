#!/usr/bin/env bash
# Single-node Kafka 4.x (KRaft, broker+controller in one JVM) for local tests.
# Usage: scripts/kafka.sh start|stop|status [--port N] [--dir D]
# Jars come from scripts/install_kafka.sh (.tools/kafka/libs).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIBS="$REPO/.tools/kafka/libs"
CMD="${1:-}"; shift || true
PORT=9092
DIR="$REPO/.tools/kafka-data"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --dir)  DIR="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$DIR"; DIR="$(cd "$DIR" && pwd)"
PIDF="$DIR/kafka.pid"; LOGF="$DIR/kafka.log"; PROPS="$DIR/server.properties"
# The project venv has confluent-kafka; fall back to any python3 for port probes.
PY="$REPO/.venv/bin/python"; [[ -x "$PY" ]] || PY=python3

alive() { [[ -f "$PIDF" ]] && kill -0 "$(cat "$PIDF")" 2>/dev/null; }
port_open() { "$PY" -c 'import socket,sys; s=socket.socket(); s.settimeout(1); sys.exit(s.connect_ex(("127.0.0.1",int(sys.argv[1]))))' "$1"; }
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# A TCP accept isn't readiness: the broker listens before it has joined the
# quorum and registered. A metadata round-trip with a broker list is.
metadata_ok() {
  "$PY" - "$PORT" <<'PY' 2>/dev/null
import sys
from confluent_kafka.admin import AdminClient
md = AdminClient({"bootstrap.servers": f"127.0.0.1:{sys.argv[1]}"}).list_topics(timeout=3)
sys.exit(0 if md.brokers else 1)
PY
}

start() {
  if alive; then echo "kafka already running (pid $(cat "$PIDF"), port $PORT)"; return 0; fi
  [[ -f "$LIBS/../VERSION" ]] || { echo "no kafka jars: run scripts/install_kafka.sh" >&2; exit 1; }
  if port_open "$PORT"; then echo "port $PORT is already in use" >&2; exit 1; fi

  # Reuse the existing config/data if it was made for this port: the controller
  # port is baked into the formatted quorum state, so only change it with a fresh log dir.
  if [[ -f "$PROPS" ]] && grep -qx "listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:[0-9]*" "$PROPS" \
     && ! port_open "$(sed -n 's/^controller.quorum.voters=1@127.0.0.1://p' "$PROPS")"; then
    echo "reusing $PROPS"
  else
    rm -rf "$DIR/logs"
    local cport; cport="$(free_port)"
    cat > "$PROPS" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DIR/logs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPS
  fi
  # Log to the console appender so everything lands in one file we redirect.
  cat > "$DIR/log4j2.properties" <<'L4J'
rootLogger.level=INFO
rootLogger.appenderRef.out.ref=out
appender.out.type=Console
appender.out.name=out
appender.out.layout.type=PatternLayout
appender.out.layout.pattern=[%d] %p %m (%c)%n
logger.state.name=state.change.logger
logger.state.level=WARN
L4J
  local jvm=(java -Xms128m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true
             -Dlog4j2.configurationFile="$DIR/log4j2.properties" -Dkafka.logs.dir="$DIR"
             -cp "$LIBS/*")
  if [[ ! -f "$DIR/logs/meta.properties" ]]; then
    # Static quorum (controller.quorum.voters), so no --standalone here.
    # A cluster id is 16 random bytes in URL-safe base64; one that starts with "-"
    # would be read as an option by the storage tool (1 time in 64), so draw again.
    local cid; cid="$("$PY" -c 'import base64,uuid
while True:
    c = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
    if c[0] != "-":
        print(c); break')"
    "${jvm[@]}" kafka.tools.StorageTool format -t "$cid" -c "$PROPS" >>"$LOGF" 2>&1 \
      || { tail -20 "$LOGF" >&2; exit 1; }
  fi
  # setsid + nohup: the broker must outlive this script and its shell's job control.
  setsid nohup "${jvm[@]}" kafka.Kafka "$PROPS" >>"$LOGF" 2>&1 </dev/null &
  echo $! > "$PIDF"
  local t0=$SECONDS
  until port_open "$PORT" && metadata_ok; do
    if ! alive; then echo "kafka died; see $LOGF" >&2; tail -20 "$LOGF" >&2; rm -f "$PIDF"; exit 1; fi
    if (( SECONDS - t0 >= 60 )); then echo "kafka not ready after 60s; see $LOGF" >&2; stop; exit 1; fi
    sleep 0.5
  done
  echo "kafka up on 127.0.0.1:$PORT (pid $(cat "$PIDF"), $((SECONDS - t0))s, log $LOGF)"
}

stop() {
  if ! alive; then echo "kafka not running"; rm -f "$PIDF"; return 0; fi
  local pid; pid="$(cat "$PIDF")"
  kill -TERM "$pid"
  # Controlled shutdown takes a few seconds; force it only if it hangs.
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; sleep 0.5; fi
  rm -f "$PIDF"; echo "kafka stopped (pid $pid)"
}

status() {
  if alive && port_open "$PORT"; then echo "kafka running (pid $(cat "$PIDF"), port $PORT)"
  else echo "kafka not running"; return 1; fi
}

case "$CMD" in
  start) start ;; stop) stop ;; status) status ;;
  *) echo "usage: $0 start|stop|status [--port N] [--dir D]" >&2; exit 2 ;;
esac
