package org.readout.cli;

import org.readout.extract.knowledge.TaxonomyIds;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --topic} value checked against the taxonomy: an unknown one is a usage error naming the valid ids,
 * not a query that quietly finds nothing.
 */
final class TopicId implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if (!TaxonomyIds.BUNDLED.contains(value)) {
            throw new TypeConversionException("unknown topic '" + value + "': one of " + String.join(", ", TaxonomyIds.BUNDLED));
        }
        return value;
    }
}
