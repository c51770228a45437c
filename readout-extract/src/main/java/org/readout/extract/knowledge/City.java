package org.readout.extract.knowledge;

/** A populated place of the gazetteer; {@code feature} is GeoNames' code (PPLC: a capital). */
public record City(String name, String country, long population, String feature) {
    public boolean isCapital() {
        return "PPLC".equals(feature);
    }
}
