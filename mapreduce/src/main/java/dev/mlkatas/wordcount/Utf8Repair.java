package dev.mlkatas.wordcount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.io.Text;

/**
 * Makes a line valid UTF-8: each run of invalid bytes becomes one U+FFFD, the way the JDK's decoder
 * replaces them, and the number of invalid bytes is returned so that it can be counted.
 *
 * <p>Example: the bytes {@code 61 FF 62} ({@code a}, an invalid byte, {@code b}) become {@code a\uFFFDb},
 * and {@code repair} returns 1.
 *
 * <p>Not thread-safe: one per record reader. A line of ASCII is checked without allocating anything; other
 * lines are decoded into a buffer that is reused, and only a line that was invalid is rewritten.
 */
final class Utf8Repair {

    /** Eight bytes of a line at once: a line of ASCII, the usual case, is checked eight times faster. */
    private static final VarHandle EIGHT_BYTES =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(256);

    /** Replaces the invalid bytes of {@code line} in place and returns how many there were. */
    int repair(Text line) {
        byte[] bytes = line.getBytes();
        int length = line.getLength();
        int ascii = 0;
        while (ascii + Long.BYTES <= length && ((long) EIGHT_BYTES.get(bytes, ascii) & HIGH_BITS) == 0) {
            ascii += Long.BYTES;
        }
        while (ascii < length && bytes[ascii] >= 0) {
            ascii++;
        }
        if (ascii == length) {
            return 0;
        }
        // A byte decodes to at most one char, and a run of invalid bytes to one U+FFFD.
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(length, 2 * chars.capacity()));
        }
        chars.clear();
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        int invalid = 0;
        CoderResult result = decoder.decode(in, chars, true);
        while (result.isError()) {
            invalid += result.length();
            in.position(in.position() + result.length());
            chars.put('\uFFFD');
            result = decoder.decode(in, chars, true);
        }
        if (invalid == 0) {
            return 0;
        }
        decoder.flush(chars);
        chars.flip();
        ByteBuffer repaired = StandardCharsets.UTF_8.encode(chars);
        line.set(repaired.array(), repaired.arrayOffset(), repaired.limit());
        return invalid;
    }
}
