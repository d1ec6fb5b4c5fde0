package dev.mlkatas.sparsedense;

import java.nio.charset.StandardCharsets;

/**
 * The hashing trick: a feature's index is its hash, cut to {@code bits} bits. No vocabulary is stored and
 * a feature never seen in training still gets an index, at the price of collisions: two features may share
 * a bucket, and then their counts add up.
 *
 * <p>Example: {@code new HashedFeatureIndex(16).indexOf("w:salmon")} is the same number on every machine
 * and every run, between 0 and 65535.
 *
 * <p>The hash is 32-bit FNV-1a over the feature's UTF-8 bytes, followed by a mixing step so that the low
 * bits (the ones kept) depend on every byte; {@link String#hashCode()} would do, but its low bits are
 * weak for short strings that differ in their last letters.
 */
public final class HashedFeatureIndex implements FeatureIndex {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private final int bits;

    /** An index of {@code 2^bits} buckets, {@code bits} from 1 to 30. */
    public HashedFeatureIndex(int bits) {
        if (bits < 1 || bits > 30) {
            throw new IllegalArgumentException("bits must be from 1 to 30, not " + bits);
        }
        this.bits = bits;
    }

    @Override
    public int indexOf(String feature) {
        int hash = FNV_OFFSET;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        // The finaliser of MurmurHash3: spreads every input bit over the low bits that are kept.
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >>> 16;
        return hash & ((1 << bits) - 1);
    }

    @Override
    public int dimension() {
        return 1 << bits;
    }

    /** How many bits of the hash are kept. */
    public int bits() {
        return bits;
    }
}
