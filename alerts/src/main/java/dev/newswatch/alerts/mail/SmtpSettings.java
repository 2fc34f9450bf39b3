package dev.newswatch.alerts.mail;

import dev.newswatch.alerts.channel.PlainText;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach the SMTP server. Validated on construction; {@link #toString()} hides the password.
 *
 * <p>{@code username} and {@code password} are both null (no authentication) or both set. {@code startTls}
 * defaults to {@link StartTls#REQUIRED}: the mailer refuses to send over a connection the server does
 * not upgrade. With {@code ssl} true the connection is TLS from the first byte (SMTPS, usually port 465)
 * and {@code startTls} does not apply. The three timeouts default to {@link #DEFAULT_TIMEOUT} (Angus
 * Mail's own defaults are infinite). Immutable and thread-safe.
 *
 * @param host           the server's host name or address
 * @param port           1 to 65535
 * @param from           the sender, {@code alerts@example.org} or {@code Newswatch <alerts@example.org>}
 * @param username       the login, or null
 * @param password       the password, or null (read it from the environment, not a file)
 * @param startTls       whether STARTTLS is required, used when offered, or never used
 * @param ssl            true for implicit TLS (SMTPS)
 * @param connectTimeout the most a connect may take
 * @param readTimeout    the most a read of a server reply may take
 * @param writeTimeout   the most a write to the server may take
 */
public record SmtpSettings(
        String host,
        int port,
        String from,
        String username,
        String password,
        StartTls startTls,
        boolean ssl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout) {

    /** Default for each of the three timeouts. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Use of STARTTLS on a plain connection. */
    public enum StartTls {
        /** Upgrade with STARTTLS, and send nothing when the server does not offer it. */
        REQUIRED,
        /** Upgrade when the server offers STARTTLS, otherwise send in clear. */
        OPTIONAL,
        /** Never upgrade. */
        OFF
    }

    public SmtpSettings {
        if (host == null || host.isBlank() || PlainText.hasControl(host) || host.strip().contains(" ")) {
            throw new IllegalArgumentException("smtp.host must be a host name or address, got '"
                    + PlainText.oneLine(host, 100) + "'");
        }
        host = host.strip();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("smtp.port must be 1 to 65535, got " + port);
        }
        Objects.requireNonNull(from, "from");
        try {
            InternetAddress parsed = new InternetAddress(from.strip(), true);
            parsed.validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("smtp.from is not a valid address: '" + PlainText.oneLine(from, 200)
                    + "' (" + e.getMessage() + ")");
        }
        if (PlainText.hasControl(from)) {
            throw new IllegalArgumentException("smtp.from must be one line");
        }
        from = from.strip();
        if (username != null && (username.isBlank() || PlainText.hasControl(username))) {
            throw new IllegalArgumentException("smtp.username must be null or one non-blank line");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("smtp.username and smtp.password must be given together, got "
                    + (username == null ? "a password without a username" : "a username without a password"));
        }
        startTls = startTls == null ? StartTls.REQUIRED : startTls;
        connectTimeout = timeout("smtp.connectTimeout", connectTimeout);
        readTimeout = timeout("smtp.readTimeout", readTimeout);
        writeTimeout = timeout("smtp.writeTimeout", writeTimeout);
    }

    /**
     * Settings without authentication, STARTTLS required, default timeouts.
     *
     * @param host the server
     * @param port its port
     * @param from the sender address
     * @return the settings
     */
    public static SmtpSettings of(String host, int port, String from) {
        return new SmtpSettings(host, port, from, null, null, StartTls.REQUIRED, false, null, null, null);
    }

    /** A copy with another STARTTLS policy. */
    public SmtpSettings withStartTls(StartTls policy) {
        return new SmtpSettings(host, port, from, username, password, policy, ssl, connectTimeout, readTimeout,
                writeTimeout);
    }

    /** A copy that logs in with {@code user} and {@code secret}. */
    public SmtpSettings withCredentials(String user, String secret) {
        return new SmtpSettings(host, port, from, user, secret, startTls, ssl, connectTimeout, readTimeout,
                writeTimeout);
    }

    /** A copy with all three timeouts set to {@code timeout}. */
    public SmtpSettings withTimeouts(Duration timeout) {
        return new SmtpSettings(host, port, from, username, password, startTls, ssl, timeout, timeout, timeout);
    }

    /** A copy with implicit TLS switched on or off. */
    public SmtpSettings withSsl(boolean implicitTls) {
        return new SmtpSettings(host, port, from, username, password, startTls, implicitTls, connectTimeout,
                readTimeout, writeTimeout);
    }

    /** The Jakarta Mail transport protocol: {@code smtps} with implicit TLS, {@code smtp} otherwise. */
    public String protocol() {
        return ssl ? "smtps" : "smtp";
    }

    /**
     * The Jakarta Mail session properties for these settings: host, port, the three timeouts, STARTTLS
     * enable/required, server identity check, authentication. Holds no password.
     *
     * @return a new properties object
     */
    public Properties sessionProperties() {
        String prefix = "mail." + protocol() + ".";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", protocol());
        props.setProperty(prefix + "host", host);
        props.setProperty(prefix + "port", Integer.toString(port));
        props.setProperty(prefix + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        props.setProperty(prefix + "timeout", Long.toString(readTimeout.toMillis()));
        props.setProperty(prefix + "writetimeout", Long.toString(writeTimeout.toMillis()));
        props.setProperty(prefix + "auth", Boolean.toString(username != null));
        props.setProperty(prefix + "ssl.checkserveridentity", "true");
        if (!ssl) {
            props.setProperty(prefix + "starttls.enable", Boolean.toString(startTls != StartTls.OFF));
            props.setProperty(prefix + "starttls.required", Boolean.toString(startTls == StartTls.REQUIRED));
        }
        return props;
    }

    /** {@code host:port}, for messages. */
    public String endpoint() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", from=" + from + ", username=" + username
                + ", password=" + (password == null ? "null" : "(hidden)") + ", startTls=" + startTls + ", ssl=" + ssl
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout="
                + writeTimeout + "]";
    }

    private static Duration timeout(String name, Duration value) {
        if (value == null) {
            return DEFAULT_TIMEOUT;
        }
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE || value.toMillis() == 0) {
            throw new IllegalArgumentException(name + " must be between 1 ms and " + Integer.MAX_VALUE + " ms, got "
                    + value);
        }
        return value;
    }
}
