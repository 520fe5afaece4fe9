package netmarket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark suite at a tiny size: every figure is produced, in-process and as whole processes (the real sizes run outside the suite). */
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void theSuiteMeasuresEveryFigureAtATinySize() throws Exception {
        Benchmark b = new Benchmark(dir, 1, true);

        b.register(1_000);
        b.scoring(50);
        b.emptyRun();
        b.print();

        assertThat(b.figures()).extracting(Benchmark.Figure::what).hasSize(12)
                .anySatisfy(w -> assertThat(w).contains("DuckDB read_csv", "进程内"))
                .anySatisfy(w -> assertThat(w).contains("preserve_insertion_order = false", "参照"))
                .anySatisfy(w -> assertThat(w).contains("DuckDB read_csv", "整个进程"))
                .anySatisfy(w -> assertThat(w).contains("load 命令", "UTF-8"))
                .anySatisfy(w -> assertThat(w).contains("load 命令", "XLSX"))
                .anySatisfy(w -> assertThat(w).contains("GBK"))
                .anySatisfy(w -> assertThat(w).contains("汇总数据"))
                .anySatisfy(w -> assertThat(w).contains("评分"))
                .anySatisfy(w -> assertThat(w).contains("无新文件"));
        assertThat(b.figures()).allSatisfy(f -> assertThat(f.median()).isPositive());
        assertThat(b.figures()).filteredOn(f -> f.what().contains("整个进程"))
                .allSatisfy(f -> assertThat(f.residentMiB()).as(f.what() + ": resident memory of the whole process").isPositive());
        assertThat(b.figures()).filteredOn(f -> f.what().contains("CSV（进程内）") || f.what().contains("UTF-8 CSV（进程内")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.heapMiB()).isPositive());
    }
}
