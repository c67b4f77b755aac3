package org.geokg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;

/**
 * Reads one tab-separated lexicon file from {@code data/lexicon/}: a header row naming the columns, then
 * rows; blank lines and lines starting with {@code #} are skipped. A malformed row is reported as
 * {@code file:line} with the reason, so an analyst editing the file can fix it.
 */
final class LexiconFile {

    /** The lexicon directory, relative to the project root. */
    static final String DIR = "data/lexicon";

    /** One data row and where it came from. */
    record Row(String file, int line, List<String> cells) {

        String get(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }

        GeokgException error(String reason) {
            return new GeokgException(ErrorCode.FACTS_FORMAT, file + ":" + line, reason);
        }
    }

    private LexiconFile() {
    }

    /**
     * The rows of a lexicon file whose header has exactly the given columns; trailing empty cells may
     * be omitted.
     */
    static List<Row> read(ProjectFiles files, String name, String... columns) {
        String file = DIR + "/" + name;
        String[] lines = files.read(file).split("\n", -1);
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (!header) {
                if (!cells.equals(List.of(columns))) {
                    throw new GeokgException(ErrorCode.FACTS_FORMAT, file + ":" + (i + 1), "header is "
                            + String.join(",", cells) + "; expected " + String.join(",", columns));
                }
                header = true;
                continue;
            }
            if (cells.size() > columns.length) {
                throw new GeokgException(ErrorCode.FACTS_FORMAT, file + ":" + (i + 1), cells.size()
                        + " tab-separated cells; expected at most " + columns.length + " ("
                        + String.join(", ", columns) + ")");
            }
            rows.add(new Row(file, i + 1, cells));
        }
        if (!header) {
            throw new GeokgException(ErrorCode.FACTS_FORMAT, file, "no header row; expected "
                    + String.join(",", columns));
        }
        return rows;
    }
}
