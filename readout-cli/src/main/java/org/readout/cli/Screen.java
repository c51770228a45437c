package org.readout.cli;

import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.nativ.CLibrary;

/**
 * How wide standard output is, for the tables and reports a person reads: {@code COLUMNS} if set, else the
 * terminal's width; for a file or a pipe, no limit (a script or {@code less -S} gets whole lines).
 */
final class Screen {
    static final int UNLIMITED = Integer.MAX_VALUE;
    private static final int STANDARD_OUTPUT = 1;

    private Screen() {
    }

    /** Standard output's width in columns, or {@link #UNLIMITED}. */
    static int width() {
        return width(System.getenv(), Screen::terminalWidth);
    }

    /** {@code terminal}: the terminal's width, 0 when standard output is no terminal. */
    static int width(Map<String, String> environment, IntSupplier terminal) {
        String columns = environment.get("COLUMNS");
        if (columns != null && columns.strip().matches("[1-9][0-9]{0,4}")) {
            return Integer.parseInt(columns.strip());
        }
        int width = terminal.getAsInt();
        return width > 0 ? width : UNLIMITED;
    }

    private static int terminalWidth() {
        try {
            return CLibrary.isatty(STANDARD_OUTPUT) == 1 ? CLibrary.getTerminalWidth(STANDARD_OUTPUT) : 0;
        } catch (LinkageError noNativeLibrary) {
            return 0;
        }
    }
}
