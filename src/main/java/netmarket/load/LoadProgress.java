package netmarket.load;

/** Told as rows of a file are read; the command line shows it, tests use it to fail mid-load. */
public interface LoadProgress {

    LoadProgress NONE = (file, rowsRead, fraction) -> {};

    /**
     * Called every {@link #EVERY} rows and once at the end of each sheet; {@code fraction} is the
     * share of the file read so far (0 to 1), or -1 where the file does not tell (an XLSX without
     * a declared sheet dimension).
     */
    void rowsRead(String file, long rowsRead, double fraction);

    int EVERY = 10_000;
}
