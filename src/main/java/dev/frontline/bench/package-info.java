/**
 * Benchmarks of the running bot: {@code bench} starts the bot (this jar) as separate processes on
 * a fake Slack on loopback and measures start-to-ready, throughput end to end, acknowledgement
 * latency and memory. The fake Slack is also what the end-to-end tests talk to.
 */
package dev.frontline.bench;
