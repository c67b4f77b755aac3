package org.geokg;

/**
 * Stable identifiers of the problems a user can cause, each documented in the README's error table. The
 * identifier leads every error line so that it can be searched for.
 */
public enum ErrorCode {
    /** A file or directory named on the command line does not exist or cannot be read. */
    MISSING_FILE,
    /** A file's extension names no format geokg reads. */
    UNKNOWN_FORMAT,
    /** Bytes that are not UTF-8 text, a binary file or an empty file. */
    NOT_TEXT,
    /** Input over the size limit. */
    TOO_LARGE,
    /** JSON that does not parse. */
    JSON_SYNTAX,
    /** A facts document that parses but breaks the facts schema or its rules (roles, keys, offsets). */
    FACTS_FORMAT,
    /** An article document that breaks the article format. */
    ARTICLE_FORMAT,
    /** RDF that does not parse. */
    RDF_SYNTAX,
    /** Data that breaks the SHACL shapes. */
    SHACL,
    /** A SPARQL query that does not parse or cannot run. */
    QUERY,
    /** The store is locked by another process (usually a running server). */
    STORE_LOCKED,
    /** The store cannot be opened or written. */
    STORE,
    /** A running server refused or failed a request. */
    SERVER,
    /** A command-line value that is well-formed but wrong (an unknown query name, a bad date). */
    BAD_ARGUMENT
}
