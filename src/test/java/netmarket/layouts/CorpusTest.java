package netmarket.layouts;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What every layout test starts from: the corpus written and a real store, both in a temporary folder. */
abstract class CorpusTest {

    @TempDir
    Path dir;

    LayoutCorpus corpus;

    @BeforeEach
    void openCorpus() {
        corpus = new LayoutCorpus(dir);
    }

    @AfterEach
    void closeCorpus() throws SQLException {
        corpus.close();
    }
}
