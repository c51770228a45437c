package org.readout.cli;

import java.util.Map;

/** Whether output may be styled: on a terminal, unless the user set NO_COLOR (https://no-color.org). */
final class Colours {
    private Colours() {
    }

    static boolean wanted(boolean terminal, Map<String, String> environment) {
        String noColour = environment.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty());
    }
}
