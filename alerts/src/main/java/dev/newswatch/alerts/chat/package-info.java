/**
 * Chat channels: the alert as a Slack Block Kit message, a Microsoft Teams Adaptive Card, a Discord embed or a
 * Telegram HTML message, each escaped the way its platform requires and cut to its documented limits, and
 * {@link dev.newswatch.alerts.chat.ChatSender}, which posts them. Rendering is pure and deterministic: the same
 * alerts give the same bytes.
 */
package dev.newswatch.alerts.chat;
