package org.geokg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;

/**
 * Reads a whole input file as text, refusing what is not text: missing files, empty files, binary files,
 * bytes that are not UTF-8 and files over the size limit. Every refusal names the file.
 */
public final class TextFile {

    /** The default limit on one input document: 32 MiB, far above any news article. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private TextFile() {
    }

    /** Reads a file with the default size limit. */
    public static String read(Path file) {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /** Reads a file as UTF-8 text (a leading byte-order mark is dropped). */
    public static String read(Path file, long maxBytes) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new GeokgException(ErrorCode.MISSING_FILE, name, "is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new GeokgException(ErrorCode.TOO_LARGE, name, "is " + size + " bytes, over the limit of "
                        + maxBytes + " bytes per document; split it, or raise the limit with --max-bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return decode(in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)), name, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, name, "no such file");
        } catch (IOException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Decodes bytes as UTF-8 text, with the same refusals as {@link #read(Path, long)}. */
    public static String decode(byte[] bytes, String name, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new GeokgException(ErrorCode.TOO_LARGE, name, "is over the limit of " + maxBytes
                    + " bytes per document; split it, or raise the limit with --max-bytes");
        }
        if (bytes.length == 0) {
            throw new GeokgException(ErrorCode.NOT_TEXT, name, "is empty");
        }
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new GeokgException(ErrorCode.NOT_TEXT, name + ":" + line,
                        "has a NUL byte: this is a binary file, not text");
            }
            if (bytes[i] == '\n') {
                line++;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GeokgException(ErrorCode.NOT_TEXT, name + ":" + firstBadLine(bytes),
                    "is not UTF-8 text; convert it, for example with iconv -t UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new GeokgException(ErrorCode.NOT_TEXT, name, "is empty");
        }
        return text;
    }

    private static int firstBadLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
