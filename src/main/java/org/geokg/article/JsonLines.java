package org.geokg.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;

/**
 * Streams the lines of a JSON Lines file without reading it whole: each non-blank line goes to a consumer
 * with its line number, and a line over the size limit, bytes that are not UTF-8 or a NUL byte stop the
 * read with an error naming the file and line.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /**
     * Reads every non-blank line.
     *
     * @param maxChars the longest line accepted
     * @param consumer receives the line number (from 1) and the line
     * @return how many non-blank lines there were
     */
    public static int forEach(Path file, long maxChars, BiConsumer<Integer, String> consumer) {
        String name = file.toString();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int count = 0;
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder),
                1 << 16)) {
            StringBuilder line = new StringBuilder();
            boolean more = true;
            while (more) {
                line.setLength(0);
                lineNo++;
                int c;
                while ((c = in.read()) != -1 && c != '\n') {
                    if (c == 0) {
                        throw new GeokgException(ErrorCode.NOT_TEXT, name + ":" + lineNo,
                                "has a NUL byte: this is a binary file, not text");
                    }
                    if (line.length() >= maxChars) {
                        throw new GeokgException(ErrorCode.TOO_LARGE, name + ":" + lineNo, "line is over the limit of "
                                + maxChars + " characters per document; raise it with --max-bytes");
                    }
                    line.append((char) c);
                }
                more = c != -1;
                String text = line.toString().strip();
                if (lineNo == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isEmpty()) {
                    count++;
                    consumer.accept(lineNo, text);
                }
            }
        } catch (NoSuchFileException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, name, "no such file");
        } catch (CharacterCodingException e) {
            throw new GeokgException(ErrorCode.NOT_TEXT, name + ":" + lineNo,
                    "is not UTF-8 text; convert it, for example with iconv -t UTF-8");
        } catch (IOException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, name, "cannot read: " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new GeokgException(ErrorCode.NOT_TEXT, name, "is empty: it has no JSON lines");
        }
        return count;
    }
}
