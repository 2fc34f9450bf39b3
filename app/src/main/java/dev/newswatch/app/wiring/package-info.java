/** Builds and starts the stages from configuration; the only place that knows every module. */
package dev.newswatch.app.wiring;
