package netmarket.extract;

/**
 * A problem with an input file as a whole (unreadable, encrypted, wrong encoding, missing
 * columns). The file is recorded as failed with this message and the run goes on with the next.
 */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
