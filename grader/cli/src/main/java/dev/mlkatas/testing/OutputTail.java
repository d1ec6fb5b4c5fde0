package dev.mlkatas.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a stream to its end on a thread of its own and keeps only its last bytes, so that a process printing
 * hundreds of megabytes neither fills this JVM's memory nor blocks on a full pipe.
 *
 * <p>Example: {@code OutputTail tail = OutputTail.drain(process.getErrorStream(), 64 * 1024); ... tail.text()}
 */
public final class OutputTail {

    /** What a forked JVM's stream keeps: its last 64 KiB. */
    public static final int DEFAULT_BYTES = 64 * 1024;

    private final byte[] ring;
    private long written;
    private final Thread reader;

    private OutputTail(InputStream in, int capacity) {
        this.ring = new byte[capacity];
        this.reader = new Thread(() -> pump(in), "output-tail");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts reading {@code in}, keeping its last {@code capacity} bytes. */
    public static OutputTail drain(InputStream in, int capacity) {
        return new OutputTail(in, capacity);
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                append(buffer, n);
            }
        } catch (IOException e) {
            // The process went away; what was read so far is all there is.
        }
    }

    private synchronized void append(byte[] buffer, int n) {
        for (int i = 0; i < n; i++) {
            ring[(int) (written++ % ring.length)] = buffer[i];
        }
    }

    /** Waits up to {@code millis} for the stream's end, then gives what was kept, decoded as UTF-8. */
    public String text(long millis) {
        try {
            if (millis > 0) {
                reader.join(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text();
    }

    /** The kept bytes as text; when the start was dropped, it says how much. */
    public synchronized String text() {
        int kept = (int) Math.min(written, ring.length);
        byte[] last = new byte[kept];
        for (int i = 0; i < kept; i++) {
            last[i] = ring[(int) ((written - kept + i) % ring.length)];
        }
        String text = new String(last, StandardCharsets.UTF_8);
        return written > kept ? "… (" + (written - kept) + " bytes left out)\n" + text : text;
    }

    /** How many bytes the stream carried in all. */
    public synchronized long total() {
        return written;
    }
}
