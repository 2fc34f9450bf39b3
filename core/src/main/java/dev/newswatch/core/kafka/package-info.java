/**
 * Kafka client properties, topic creation and checks shared by every stage, and {@link
 * dev.newswatch.core.kafka.KafkaContact}: whether a stage's clients still hear from the cluster.
 */
package dev.newswatch.core.kafka;
