package org.readout.cli;

import org.readout.store.Page;
import picocli.CommandLine.Option;

/** {@code --limit} and {@code --offset} of the listing commands. */
final class PageOption {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N rows. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N rows. Default: ${DEFAULT-VALUE}.")
    int offset;

    /** @throws IllegalArgumentException for a negative or too large limit or offset, which the commands report as a usage error */
    Page page() {
        return new Page(limit, offset);
    }

    /** For a person: how to see more, when this page may not be the last. */
    String more(int shown) {
        return shown < limit || limit == 0 ? null
                : "(rows " + (offset + 1) + "-" + (offset + shown) + "; --offset " + (offset + shown) + " for more)";
    }
}
