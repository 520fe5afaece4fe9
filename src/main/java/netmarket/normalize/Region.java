package netmarket.normalize;

/** A region of the reference file: GB/T 2260 code (or a custom Z code), name, level, zone. */
public record Region(String code, String name, String level, String parentCode, String zone, String aliases) {}
