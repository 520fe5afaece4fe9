package netmarket.load;

/** Told as rows of a file are read; the command line shows it, tests use it to fail mid-load. */
public interface LoadProgress {

    LoadProgress NONE = (file, rowsRead) -> {};

    /** Called every {@link #EVERY} rows and once at the end of each sheet. */
    void rowsRead(String file, long rowsRead);

    int EVERY = 10_000;
}
