package org.readout.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --time-budget} value: seconds, 0 for no limit, else a usage error. */
final class Seconds implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        double seconds;
        try {
            seconds = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of seconds");
        }
        if (!(seconds >= 0)) {
            throw new TypeConversionException("must be 0 (no limit) or a positive number of seconds, not " + value);
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
