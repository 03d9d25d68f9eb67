package org.ogi.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, one connection per request: hostile requests need bytes that HTTP clients refuse
 * to send (malformed escapes in the target, invalid UTF-8, a declared length the body does not have).
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int CHUNK_SIZE = 64 * 1024;

    private RawHttp() {}

    /**
     * @param target    the request target exactly as sent: path and query, already escaped (or not)
     * @param headers   besides Host and Connection: close
     * @param body      sent with a Content-Length of its size, unless a header sets another
     */
    record Request(String method, String target, Map<String, String> headers, byte[] body, long chunkedBytes) {

        static Request of(String method, String target) {
            return new Request(method, target, new LinkedHashMap<>(), new byte[0], 0);
        }

        Request header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Request(method, target, copy, body, chunkedBytes);
        }

        Request body(String contentType, byte[] bytes) {
            return header("Content-Type", contentType).withBody(bytes);
        }

        /** This body without any Content-Type header. */
        Request withoutContentType(byte[] bytes) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.remove("Content-Type");
            return new Request(method, target, copy, bytes, 0);
        }

        private Request withBody(byte[] bytes) {
            return new Request(method, target, headers, bytes, chunkedBytes);
        }

        /** A chunked body of this many bytes of JSON-ish filler instead of {@link #body}. */
        Request chunked(String contentType, long bytes) {
            return header("Content-Type", contentType)
                    .header("Transfer-Encoding", "chunked")
                    .withChunks(bytes);
        }

        private Request withChunks(long bytes) {
            return new Request(method, target, headers, new byte[0], bytes);
        }
    }

    /**
     * @param status 0 if the server closed the connection without an answer
     */
    record Response(int status, Map<String, String> headers, byte[] body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Response send(int port, Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            try {
                write(socket.getOutputStream(), port, request);
            } catch (IOException e) {
                // The server may answer and close before reading everything (a body over the limit): read on.
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new IllegalStateException(
                    request.method() + " " + request.target() + ": no answer within " + TIMEOUT_MILLIS + " ms", e);
        } catch (IOException e) {
            return new Response(0, Map.of(), new byte[0]);
        }
    }

    private static void write(OutputStream out, int port, Request request) throws IOException {
        StringBuilder head = new StringBuilder()
                .append(request.method())
                .append(' ')
                .append(request.target())
                .append(" HTTP/1.1\r\n")
                .append("Host: localhost:")
                .append(port)
                .append("\r\n")
                .append("Connection: close\r\n");
        boolean chunked = request.chunkedBytes() > 0;
        if (!chunked
                && request.headers().keySet().stream().noneMatch("Content-Length"::equalsIgnoreCase)
                && (request.body().length > 0 || !request.method().equals("GET"))) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        request.headers()
                .forEach((name, value) ->
                        head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        // The request line and headers may hold any byte the test wants (ISO-8859-1 keeps chars 0-255 as bytes).
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(request.body());
        if (chunked) {
            byte[] chunk = new byte[CHUNK_SIZE];
            Arrays.fill(chunk, (byte) ' ');
            chunk[0] = '[';
            for (long sent = 0; sent < request.chunkedBytes(); sent += CHUNK_SIZE) {
                out.write((Integer.toHexString(CHUNK_SIZE) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                chunk[0] = ' ';
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    private static Response read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (all.length == 0 || end < 0) {
            return new Response(0, Map.of(), all);
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int position = 0;
        while (position < chunked.length) {
            int lineEnd = indexOf(
                    Arrays.copyOfRange(chunked, position, chunked.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, position, lineEnd, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = Integer.parseInt(sizeLine, 16);
            position += lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(chunked, position, Math.min(size, chunked.length - position));
            position += size + 2;
        }
        return out.toByteArray();
    }

    /** Where the pattern first occurs in the bytes, or -1. */
    static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
