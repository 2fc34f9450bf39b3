/**
 * The HTTP API under {@code /api/v1/} on the ops endpoint: the feeds, subscriptions and entities tables as JSON
 * resources (list, get, create, update, delete), written through the same registries and parsers as the command
 * line and the configuration files, guarded by hashed bearer tokens with read and write scopes, with errors as
 * RFC 9457 problem details and an OpenAPI 3.1 description at {@code /api/v1/openapi.json}.
 */
package dev.newswatch.app.api;
