package netmarket.publish;

import java.sql.Connection;
import java.sql.SQLException;
import netmarket.store.Sql;

/**
 * The data dictionary, generated from the store's own catalog and COMMENTs: every table and view
 * analysts use (schemas meta, ref, fact, mart, score), each column with its type and meaning.
 * Kept in the repo as sql/DATA_DICTIONARY.md; a test fails when it is out of date.
 */
public final class DataDictionary {

    static final String SCHEMAS = "('meta', 'ref', 'fact', 'mart', 'score')";

    private DataDictionary() {}

    public static String markdown(Connection conn) throws SQLException {
        StringBuilder md = new StringBuilder("""
                # 数据字典 / Data dictionary

                Generated from the store by `java -jar target/netmarket.jar dictionary` (do not edit by hand).
                Schemas: `meta` loads and rejects, `ref` reference data and rubrics, `fact` normalized facts,
                `mart` derived indicators, `score` scoring snapshots.

                """);
        Sql sql = Sql.on(conn);
        sql.each("""
                SELECT schema_name, table_name, 'table' AS kind, comment FROM duckdb_tables() WHERE schema_name IN %s
                UNION ALL
                SELECT schema_name, view_name, 'view', comment FROM duckdb_views() WHERE schema_name IN %s AND NOT internal
                ORDER BY CASE schema_name WHEN 'meta' THEN 1 WHEN 'ref' THEN 2 WHEN 'fact' THEN 3 WHEN 'mart' THEN 4 ELSE 5 END, 2
                """.formatted(SCHEMAS, SCHEMAS), t -> {
            String schema = t.getString(1);
            String name = t.getString(2);
            md.append("## `").append(schema).append('.').append(name).append("` (").append(t.getString(3)).append(")\n\n");
            if (t.getString(4) != null) {
                md.append(t.getString(4)).append("\n\n");
            }
            md.append("| 列 column | 类型 type | 说明 description |\n| --- | --- | --- |\n");
            sql.each("SELECT column_name, data_type, comment FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? ORDER BY column_index",
                    c -> md.append("| `").append(c.getString(1)).append("` | ").append(c.getString(2)).append(" | ")
                            .append(c.getString(3) == null ? "" : c.getString(3).replace("|", "\\|")).append(" |\n"),
                    schema, name);
            md.append('\n');
        });
        return md.toString();
    }
}
