package org.readout.cli;

import org.readout.extract.Version;
import picocli.CommandLine.IVersionProvider;

/** "readout --version". */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"readout " + Version.get()};
    }
}
