package org.readout.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enum option ({@code --kind commitment}) in any case; an unknown value names the valid ones as the record
 * contract writes them, in lower case, as the topic and date options do.
 */
final class EnumName<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;
    private final String what;

    EnumName(Class<E> type, String what) {
        this.type = type;
        this.what = what;
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new TypeConversionException("unknown " + what + " '" + value + "': one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
