#!/usr/bin/env bash
# Creates Vigie's topics on a fresh Apache Kafka cluster; safe to run again (--if-not-exists).
#
# Run once by the `kafka-init` service of docker-compose.yml, after the broker is healthy.
# The list below must match services/vigie/topics.py (TOPICS): tests/contract/test_deploy_topics.py
# checks names, partition counts and compaction. Faust creates its own internal topics
# (changelogs, repartitions, the assignor's leader topic) through the admin API.
set -euo pipefail

BOOTSTRAP="${KAFKA_BOOTSTRAP:-kafka:9092}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
# One broker: each partition has a single replica.
REPLICATION_FACTOR="${REPLICATION_FACTOR:-1}"

create_topic() {
    local name="$1" partitions="$2"
    shift 2
    echo "create-topics: ${name} (${partitions} partitions) $*"
    "${KAFKA_BIN}/kafka-topics.sh" --bootstrap-server "${BOOTSTRAP}" --create --if-not-exists \
        --topic "${name}" --partitions "${partitions}" --replication-factor "${REPLICATION_FACTOR}" "$@"
}

create_topic vigie.articles.v1 4
create_topic vigie.signals.v1 4
# Keyed by alert_id: compaction keeps the latest version of every alert.
create_topic vigie.alerts.v1 4 --config cleanup.policy=compact
create_topic vigie.deadletter.v1 1

"${KAFKA_BIN}/kafka-topics.sh" --bootstrap-server "${BOOTSTRAP}" --describe \
    --topic 'vigie\..*'
echo "create-topics: done"
