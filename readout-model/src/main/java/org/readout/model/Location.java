package org.readout.model;

import java.io.Serializable;
/** Where an interaction took place; {@code country} is ISO 3166-1 alpha-3. Any part may be null. */
public record Location(String city, String region, String country) implements Serializable {
}
