/** Kafka client properties and topic creation shared by every stage. */
package dev.newswatch.core.kafka;
