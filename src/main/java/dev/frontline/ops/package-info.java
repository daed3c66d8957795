/**
 * Running the bot in production: the management endpoints ({@code /healthz}, {@code /readyz},
 * {@code /metrics}) on {@code FRONTLINE_MANAGEMENT_PORT}, the health checks behind them, and the
 * Micrometer metrics (Prometheus text format).
 */
package dev.frontline.ops;
