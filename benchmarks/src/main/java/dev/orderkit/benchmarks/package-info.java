/**
 * JMH benchmarks of the SDK against a hand-written OkHttp + Moshi client and Jackson databind,
 * on loopback against an in-process server. {@link dev.orderkit.benchmarks.Ratios} runs them and
 * prints the RATIO lines; {@code benchmarks/run.sh} builds and runs it. Not published.
 */
package dev.orderkit.benchmarks;
