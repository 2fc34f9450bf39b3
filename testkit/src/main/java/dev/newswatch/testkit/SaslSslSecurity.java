package dev.newswatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a broker needs for a {@code SASL_SSL} listener with SCRAM-SHA-512, and what a client needs to use it, as a
 * managed Kafka service asks: a test certificate authority, a broker key pair signed by it for 127.0.0.1 and
 * localhost (PKCS12 keystore), a truststore holding the CA, and one SCRAM user. The key material is made at test
 * time by the JDK's own {@code keytool} (nothing is checked in); the user is created when the broker's storage is
 * formatted ({@code kafka-storage format --add-scram}). Immutable once created.
 */
public final class SaslSslSecurity {

    /** The SASL mechanism of the listener. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    private final Path keystore;
    private final Path truststore;
    private final String storePassword;
    private final String user;
    private final String password;

    private SaslSslSecurity(Path keystore, Path truststore, String storePassword, String user, String password) {
        this.keystore = keystore;
        this.truststore = truststore;
        this.storePassword = storePassword;
        this.user = user;
        this.password = password;
    }

    /**
     * Makes a CA, a broker keystore and a client truststore in {@code dir} with {@code keytool}, and a random SCRAM
     * password for the user {@code newswatch}.
     */
    public static SaslSslSecurity create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        String storePassword = random();
        Path ca = dir.resolve("ca.p12");
        Path caCert = dir.resolve("ca.crt");
        Path keystore = dir.resolve("broker.p12");
        Path request = dir.resolve("broker.csr");
        Path brokerCert = dir.resolve("broker.crt");
        Path truststore = dir.resolve("truststore.p12");
        String validity = "2";
        keytool(dir, "-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-validity", validity,
                "-dname", "CN=Newswatch test CA", "-ext", "bc:c", "-keystore", ca.toString(),
                "-storetype", "PKCS12", "-storepass", storePassword);
        keytool(dir, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", storePassword,
                "-file", caCert.toString());
        keytool(dir, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", validity,
                "-dname", "CN=localhost", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", storePassword);
        keytool(dir, "-certreq", "-alias", "broker", "-keystore", keystore.toString(), "-storepass", storePassword,
                "-file", request.toString());
        keytool(dir, "-gencert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", storePassword,
                "-infile", request.toString(), "-outfile", brokerCert.toString(), "-validity", validity,
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-ext", "eku=serverAuth");
        keytool(dir, "-importcert", "-noprompt", "-alias", "ca", "-file", caCert.toString(),
                "-keystore", keystore.toString(), "-storepass", storePassword);
        keytool(dir, "-importcert", "-alias", "broker", "-file", brokerCert.toString(),
                "-keystore", keystore.toString(), "-storepass", storePassword);
        keytool(dir, "-importcert", "-noprompt", "-alias", "ca", "-file", caCert.toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", storePassword);
        return new SaslSslSecurity(keystore, truststore, storePassword, "newswatch", random());
    }

    /** The SCRAM user. */
    public String user() {
        return user;
    }

    /** The SCRAM user's password. */
    public String password() {
        return password;
    }

    /** The truststore (PKCS12) that holds the test CA. */
    public Path truststore() {
        return truststore;
    }

    /** The password of the keystore and the truststore. */
    public String storePassword() {
        return storePassword;
    }

    /**
     * The properties of a client of the listener, as {@code kafka.client} of newswatch.yml takes them: SASL_SSL,
     * SCRAM-SHA-512 with this user, and the truststore (the broker's certificate names 127.0.0.1, so host name
     * verification stays on).
     */
    public Map<String, String> clientProperties() {
        return clientProperties(user, password);
    }

    /** As {@link #clientProperties()}, logging in as {@code name} with {@code secret} (to show a wrong one fails). */
    public Map<String, String> clientProperties(String name, String secret) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", MECHANISM);
        p.put("sasl.jaas.config", jaas(name, secret));
        p.put("ssl.truststore.location", truststore.toString());
        p.put("ssl.truststore.password", storePassword);
        p.put("ssl.truststore.type", "PKCS12");
        return p;
    }

    /** The broker properties of listener {@code listener} (its name as in {@code listeners}, such as CLIENT). */
    Map<String, String> brokerProperties(String listener) {
        String prefix = "listener.name." + listener.toLowerCase(java.util.Locale.ROOT) + ".";
        Map<String, String> p = new LinkedHashMap<>();
        p.put(prefix + "sasl.enabled.mechanisms", MECHANISM);
        p.put(prefix + MECHANISM.toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put(prefix + "ssl.keystore.location", keystore.toString());
        p.put(prefix + "ssl.keystore.password", storePassword);
        p.put(prefix + "ssl.key.password", storePassword);
        p.put(prefix + "ssl.keystore.type", "PKCS12");
        return p;
    }

    /** The {@code kafka-storage format} argument that creates the user: {@code SCRAM-SHA-512=[name=...,password=...]}. */
    String addScramArgument() {
        return MECHANISM + "=[name=" + user + ",password=" + password + "]";
    }

    private static String jaas(String name, String secret) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + name
                + "\" password=\"" + secret + "\";";
    }

    private static String random() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        // Letters and digits only: the value goes into JAAS, properties and a keytool argument unquoted.
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static void keytool(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Path output = dir.resolve("keytool.log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("keytool " + args[0] + " failed: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool (" + command.get(0) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
