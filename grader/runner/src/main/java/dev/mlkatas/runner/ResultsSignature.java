package dev.mlkatas.runner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Proves that a results file was written by the runner. The grader makes a fresh key for every run and
 * hands it to the runner on standard input, which the runner reads before any test starts and then closes;
 * code under test cannot read it there, so it cannot sign results of its own.
 */
public final class ResultsSignature {

    private ResultsSignature() {}

    /** The HMAC-SHA256 of {@code content} under {@code key}, in hex. */
    public static String sign(String key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** True when {@code signature} is the signature of {@code content} under {@code key}. */
    public static boolean verify(String key, byte[] content, String signature) {
        return java.security.MessageDigest.isEqual(
                sign(key, content).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
