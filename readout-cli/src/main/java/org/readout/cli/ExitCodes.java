package org.readout.cli;

/** What the command's exit status means; the help text lists them. */
final class ExitCodes {
    static final int OK = 0;
    static final int SOME_INPUT_FAILED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
