/** The embedded single-node KRaft broker that {@code newswatch up} runs when no cluster is given. */
package dev.newswatch.app.broker;
