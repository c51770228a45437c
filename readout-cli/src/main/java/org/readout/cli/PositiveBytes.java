package org.readout.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --max-bytes} value: a positive number of bytes, else a usage error. */
final class PositiveBytes implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        long bytes;
        try {
            bytes = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of bytes");
        }
        if (bytes <= 0) {
            throw new TypeConversionException("must be a positive number of bytes, not " + bytes);
        }
        return bytes;
    }
}
