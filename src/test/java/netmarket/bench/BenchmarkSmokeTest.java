package netmarket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark harness at a tiny size: every figure is produced (the real sizes run outside the suite). */
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void theHarnessMeasuresEveryFigureAtATinySize() throws Exception {
        Benchmark b = new Benchmark(dir);

        b.register(1_000);
        b.register(2_000);
        b.scoring(50);
        b.print();

        assertThat(b.figures()).extracting(Benchmark.Figure::what).hasSize(10)
                .anySatisfy(w -> assertThat(w).contains("DuckDB read_csv"))
                .anySatisfy(w -> assertThat(w).contains("GBK"))
                .anySatisfy(w -> assertThat(w).contains("XLSX"))
                .anySatisfy(w -> assertThat(w).contains("汇总数据"))
                .anySatisfy(w -> assertThat(w).contains("评分"));
        assertThat(b.figures()).allSatisfy(f -> assertThat(f.seconds()).isPositive());
    }
}
