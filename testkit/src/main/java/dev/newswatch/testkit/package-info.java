/**
 * Test support shared by every Newswatch module: where the repository and its shipped files are
 * ({@link dev.newswatch.testkit.RepoPaths}), waiting for a condition without sleeping
 * ({@link dev.newswatch.testkit.Await}), a Kafka cluster per test class
 * ({@link dev.newswatch.testkit.KafkaClusterExtension}), a cluster of broker JVMs to kill, pause and cut off
 * ({@link dev.newswatch.testkit.ProcessKafkaCluster}, {@link dev.newswatch.testkit.TcpProxy}), a broker whose client
 * listener is SASL_SSL with SCRAM-SHA-512 and the test CA it needs ({@link dev.newswatch.testkit.SaslSslSecurity}), running a command line with its output captured
 * ({@link dev.newswatch.testkit.CliRun}), free loopback ports ({@link dev.newswatch.testkit.LoopbackPorts}), random
 * generators that always draw the same value ({@link dev.newswatch.testkit.FixedRandom}) and
 * config directories written for one test ({@link dev.newswatch.testkit.ConfigDir}).
 *
 * <p>Modules take this jar in test scope only; it depends on no Newswatch module, so core's tests can use it. The
 * broker JVMs need {@code kafka_2.13} on the test classpath of the module that starts them (app).
 */
package dev.newswatch.testkit;
