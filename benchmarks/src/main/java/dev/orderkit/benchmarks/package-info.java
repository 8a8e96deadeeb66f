/** JMH benchmarks of the SDK against hand-written OkHttp + Moshi; they arrive with the benchmarks issue. */
package dev.orderkit.benchmarks;
