package org.ogi.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an SMS delivery report (README, SMS contract): {@code sha256=} and the hex HMAC-SHA256 of the
 * exact body bytes under the secret notification-service shares with the gateway.
 */
public final class ReportSignature {

    public static final String HEADER = "X-OGI-Signature";
    private static final String PREFIX = "sha256=";

    private ReportSignature() {}

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when {@code signature} signs {@code body} under {@code secret}; compared in constant time. */
    public static boolean verifies(String secret, byte[] body, String signature) {
        if (secret == null || secret.isEmpty() || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}
