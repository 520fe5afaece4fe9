package netmarket.normalize;

/** A metric of the catalog: stable id, official Chinese name, base unit. */
public record Metric(String id, String name, String unit, String agency, String note) {}
