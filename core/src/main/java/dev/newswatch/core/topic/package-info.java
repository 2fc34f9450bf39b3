/** The typed topic catalogue: every topic Newswatch reads or writes, with its name, serdes and layout. */
package dev.newswatch.core.topic;
