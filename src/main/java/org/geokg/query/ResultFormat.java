package org.geokg.query;

/** How query results are printed on the command line. */
public enum ResultFormat {
    /** An aligned text table, for reading. */
    table,
    /** Comma-separated values, for spreadsheets. */
    csv,
    /** Tab-separated values in the SPARQL results TSV format. */
    tsv,
    /** The SPARQL 1.1 results JSON format. */
    json
}
