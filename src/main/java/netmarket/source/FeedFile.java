package netmarket.source;

import java.util.List;
import java.util.Map;
import netmarket.config.StrictYaml;

/**
 * A feed definition (jobs/*.yml) exactly as written, key by key: what {@link StrictYaml} binds a
 * file to before {@link SourceDefinitions} checks it and turns it into a {@link SourceDefinition}.
 * Every key a definition may use is a component here; any other key is an error.
 */
record FeedFile(
        String id,
        String name,
        String agency,
        String frequency,
        List<String> files,
        List<String> sheet,
        HeaderKeys header,
        PlaceKeys region,
        PlaceKeys period,
        PlaceKeys released,
        PlaceKeys covers,
        SkipKeys skip,
        String target,
        List<ValueKeys> values,
        Map<String, FieldKeys> fields,
        Map<String, Object> constants,
        String delimiter) {

    /** header: where the header is and what it must contain. */
    record HeaderKeys(Integer row, List<String> find, Integer rows, List<String> requires) {}

    /** region: / period: (and a value column's own region: / period:). */
    record PlaceKeys(String from, List<String> header, List<String> synonyms, List<String> yearHeader, String fixed,
            String choose) {}

    /** skip: rows that are not data. */
    record SkipKeys(List<String> notes, List<String> totals) {}

    /** values[]: a column (or every matching column) of figures. */
    record ValueKeys(List<String> header, List<String> synonyms, String metric, String kind, String unit, Boolean required,
            Boolean perColumn, PlaceKeys period, PlaceKeys region) {}

    /** fields.NAME: a record field or a long sheet's column. */
    record FieldKeys(List<String> header, List<String> synonyms, String type, String unit, Boolean required, String from,
            Map<String, Object> map, Boolean perColumn) {}
}
