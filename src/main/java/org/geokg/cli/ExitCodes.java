package org.geokg.cli;

/** The exit codes of every geokg command. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** A user error: bad input, a missing file, a locked store, a failed check. */
    public static final int USER_ERROR = 1;
    /** A usage error: an unknown option or a missing argument. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
