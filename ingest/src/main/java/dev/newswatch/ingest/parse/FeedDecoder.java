package dev.newswatch.ingest.parse;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the bytes of a feed into text.
 *
 * <p>A byte order mark wins, and UTF-32 and UTF-16 are recognised from the first bytes; otherwise ROME's
 * {@link XmlReader} picks the encoding from the HTTP charset and the XML declaration. A {@code text/xml} type
 * without a charset does not force US-ASCII (the RFC 3023 rule no real feed follows). Three corrections
 * follow, as browsers and feed readers make them: ISO-8859-1 and US-ASCII are read as windows-1252 (their
 * superset, which is what servers that say "ISO-8859-1" usually send); a document that claims a single-byte
 * encoding but is valid non-ASCII UTF-8 is read as UTF-8; a document that claims UTF-8 but is mostly not
 * valid UTF-8 is read as windows-1252. Stateless and thread-safe.
 */
public final class FeedDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(FeedDecoder.class);
    private static final Pattern CHARSET_PARAMETER = Pattern.compile("(?i).*;\\s*charset\\s*=.*");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern UTF8_DECLARATION = Pattern.compile(
            "<\\?xml\\s+version\\s*=\\s*([\"'])1\\.[0-9]\\1\\s+encoding\\s*=\\s*([\"'])(?i:utf-8)\\2\\s*"
                    + "(?:standalone\\s*=\\s*([\"'])(?:yes|no)\\3\\s*)?\\?");

    private FeedDecoder() {
    }

    /** The text of {@code body}, without a leading byte order mark. */
    public static String decode(byte[] body, String contentType) {
        Charset charset = widen(detect(body, contentType));
        if (charset.equals(WINDOWS_1252) && isUtf8WithNonAscii(body)) {
            LOG.debug("The feed declares a single-byte encoding but is valid UTF-8, reading it as UTF-8.");
            charset = StandardCharsets.UTF_8;
        }
        String text;
        if (charset.equals(StandardCharsets.UTF_8)) {
            text = decodeUtf8OrWindows1252(body);
        } else {
            text = new String(body, charset);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset detect(byte[] body, String contentType) {
        Charset wide = byteOrderMarkOrWideEncoding(body);
        if (wide != null) {
            return wide;
        }
        if ((contentType == null || !CHARSET_PARAMETER.matcher(contentType).matches()) && declaresUtf8(body)) {
            // What XmlReader returns for it, without its readers and buffers: most feeds are this.
            return StandardCharsets.UTF_8;
        }
        String name;
        try (XmlReader reader = readerFor(body, contentType)) {
            name = reader.getEncoding();
        } catch (IOException | RuntimeException e) {
            LOG.debug("The feed encoding could not be detected, reading it as UTF-8: {}", e.getMessage());
            return StandardCharsets.UTF_8;
        }
        return charsetOrUtf8(name);
    }

    /**
     * A byte order mark, or UTF-32 and UTF-16 recognised from how {@code <} is encoded (XML 1.0, appendix F).
     * A byte order mark wins over the declaration; XmlReader knows no UTF-32 and rejects UTF-16 declared under
     * an alias such as "u16", while the bytes themselves are unambiguous.
     */
    private static Charset byteOrderMarkOrWideEncoding(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (body.length < 4) {
            return null;
        }
        int b0 = body[0] & 0xFF;
        int b1 = body[1] & 0xFF;
        int b2 = body[2] & 0xFF;
        int b3 = body[3] & 0xFF;
        if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<')) {
            return Charset.forName("UTF-32BE");
        }
        if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0)) {
            return Charset.forName("UTF-32LE");
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == '<' && b2 == 0 && b3 != 0)) {
            return StandardCharsets.UTF_16BE;
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == '<' && b1 == 0 && b2 != 0 && b3 == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Whether {@code body} starts with an XML declaration whose encoding is UTF-8 ({@code <?xml version="1.0"
     * encoding="UTF-8"?>}, any case, either quote): with no byte order mark and no HTTP charset, XmlReader then
     * takes that encoding.
     */
    static boolean declaresUtf8(byte[] body) {
        int end = Math.min(body.length, 200);
        if (end < 6 || body[0] != '<' || body[1] != '?' || body[2] != 'x' || body[3] != 'm' || body[4] != 'l'
                || body[5] != ' ') {
            return false;
        }
        StringBuilder declaration = new StringBuilder(end);
        for (int i = 0; i < end && body[i] != '>'; i++) {
            if (body[i] < 0) {
                return false;
            }
            declaration.append((char) body[i]);
        }
        return UTF8_DECLARATION.matcher(declaration).matches();
    }

    private static XmlReader readerFor(byte[] body, String contentType) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        if (contentType != null && CHARSET_PARAMETER.matcher(contentType).matches()) {
            return new XmlReader(in, contentType, true);
        }
        return new XmlReader(in, true);
    }

    private static Charset charsetOrUtf8(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            LOG.debug("The feed declares the unknown encoding '{}', reading it as UTF-8.", name);
            return StandardCharsets.UTF_8;
        }
    }

    private static Charset widen(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
            return WINDOWS_1252;
        }
        return charset;
    }

    /**
     * True when {@code body} is valid UTF-8 and not plain ASCII. Text really written in windows-1252 almost
     * never forms valid multi-byte UTF-8 sequences, while servers that declare ISO-8859-1 and send UTF-8 are common.
     */
    private static boolean isUtf8WithNonAscii(byte[] body) {
        boolean nonAscii = false;
        for (byte b : body) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decodeUtf8OrWindows1252(byte[] body) {
        String utf8 = new String(body, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0) {
            return utf8;
        }
        long replaced = utf8.chars().filter(c -> c == '\uFFFD').count();
        long otherNonAscii = utf8.chars().filter(c -> c > 0x7F && c != '\uFFFD').count();
        if (otherNonAscii > replaced) {
            LOG.debug("The feed is mostly UTF-8 with {} malformed sequences, keeping UTF-8.", replaced);
            return utf8;
        }
        LOG.debug("The feed is not valid UTF-8 ({} malformed sequences), reading it as windows-1252.", replaced);
        return new String(body, WINDOWS_1252);
    }
}
