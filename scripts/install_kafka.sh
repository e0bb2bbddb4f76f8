#!/usr/bin/env bash
# Fetch a real Apache Kafka 4.x broker (KRaft) as jars from Maven Central into
# .tools/kafka/libs. Why Maven: the Apache archive / tarball mirrors are not
# reachable here, Maven Central is, and kafka_2.13 pulls the server modules.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KAFKA_VERSION="${KAFKA_VERSION:-4.4.0}"
LOG4J_VERSION="${LOG4J_VERSION:-2.25.5}"  # = the log4j-api kafka pulls in
SLF4J_VERSION="${SLF4J_VERSION:-2.0.17}"
LIBS="$REPO/.tools/kafka/libs"
STAMP="$REPO/.tools/kafka/VERSION"

# Idempotent: the stamp is written only after a complete copy.
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$KAFKA_VERSION" ]] && ls "$LIBS"/kafka_2.13-*.jar >/dev/null 2>&1; then
  echo "kafka $KAFKA_VERSION already in $LIBS"
  exit 0
fi

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
# kafka_2.13 brings server/metadata/raft/storage/coordinators/clients transitively;
# listed explicitly so a pom change upstream can't silently drop one. kafka-tools
# is not needed by the broker. log4j-core + log4j-slf4j2-impl: without a binding
# the broker runs silently (slf4j NOP), which makes failures opaque. The kafka
# poms ask for slf4j-api 1.7.36, which can't see an slf4j2 binding (NOP again),
# so slf4j-api 2.x is pinned here: a direct dependency wins in Maven.
cat > "$tmp/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.newsbeam</groupId><artifactId>kafka-runtime</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
$(for a in kafka_2.13 kafka-server kafka-metadata kafka-raft kafka-storage kafka-group-coordinator kafka-clients; do
    echo "    <dependency><groupId>org.apache.kafka</groupId><artifactId>$a</artifactId><version>$KAFKA_VERSION</version></dependency>"
  done)
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>$SLF4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>$LOG4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
  </dependencies>
</project>
POM

start=$(date +%s)
rm -rf "$LIBS"; mkdir -p "$LIBS"
mvn -q -B -f "$tmp/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$LIBS"
echo "$KAFKA_VERSION" > "$STAMP"
echo "kafka $KAFKA_VERSION: $(ls "$LIBS" | wc -l) jars in $(( $(date +%s) - start ))s -> $LIBS"
