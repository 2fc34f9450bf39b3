package dev.newswatch.app.backtest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A set of article ids in about 32 bytes per id, for deduplicating millions of sightings in bounded memory. An id
 * is kept as 128 bits: the first 32 hex digits of an id that is a lower-case hex SHA-256 (every id ingest makes is), else the
 * first 128 bits of the SHA-256 of the id. Two distinct ids share a key with a probability of about n^2 / 2^129
 * (below 10^-26 for ten million ids). Open addressing with linear probing, grown at half full. Not thread-safe.
 */
final class IdSet {

    private long[] keys = new long[2 * 1024];
    private int size;
    /** Whether the key (0, 0), which marks free slots in the table, was added. */
    private boolean zero;

    /** Adds {@code id}; returns whether it was new. */
    boolean add(String id) {
        long high;
        long low;
        if (id.length() == 64 && isHex(id)) {
            high = Long.parseUnsignedLong(id, 0, 16, 16);
            low = Long.parseUnsignedLong(id, 16, 32, 16);
        } else {
            byte[] digest = sha256(id);
            high = bits(digest, 0);
            low = bits(digest, 8);
        }
        if (high == 0 && low == 0) {
            boolean added = !zero;
            zero = true;
            size += added ? 1 : 0;
            return added;
        }
        if ((size + 1) * 2L > keys.length / 2) {
            grow();
        }
        return insert(keys, high, low);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long high, long low) {
        int slots = table.length / 2;
        int slot = (int) (mix(high ^ low) & (slots - 1));
        while (true) {
            long h = table[2 * slot];
            long l = table[2 * slot + 1];
            if (h == 0 && l == 0) {
                table[2 * slot] = high;
                table[2 * slot + 1] = low;
                if (table == keys) {
                    size++;
                }
                return true;
            }
            if (h == high && l == low) {
                return false;
            }
            slot = (slot + 1) & (slots - 1);
        }
    }

    private void grow() {
        long[] old = keys;
        long[] bigger = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0 || old[i + 1] != 0) {
                insert(bigger, old[i], old[i + 1]);
            }
        }
        keys = bigger;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    private static boolean isHex(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static long bits(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = value << 8 | (bytes[i] & 0xff);
        }
        return value;
    }

    private static byte[] sha256(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256.", e);
        }
    }
}
