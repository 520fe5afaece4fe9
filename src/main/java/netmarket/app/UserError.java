package netmarket.app;

/**
 * A failure told to the person running the pipeline: what happened and where, what to do, in
 * Chinese and English, with the documented exit code (2 wrong arguments or definitions, 4 store
 * busy, 1 anything else). Never shown with a stack trace.
 */
public final class UserError extends RuntimeException {

    public static final int FAILED = 1;
    public static final int ARGUMENTS = 2;
    public static final int BUSY = 4;

    private final int exitCode;
    private final String chinese;
    private final String english;

    public UserError(int exitCode, String chinese, String english) {
        super(chinese + " / " + english);
        this.exitCode = exitCode;
        this.chinese = chinese;
        this.english = english;
    }

    public UserError(int exitCode, String chinese, String english, Throwable cause) {
        super(chinese + " / " + english, cause);
        this.exitCode = exitCode;
        this.chinese = chinese;
        this.english = english;
    }

    public static UserError arguments(String chinese, String english) {
        return new UserError(ARGUMENTS, chinese, english);
    }

    public int exitCode() {
        return exitCode;
    }

    /** The lines printed on the terminal: Chinese first, then English. */
    public String text() {
        return "错误：" + netmarket.publish.SafeText.visible(chinese) + "\nError: " + netmarket.publish.SafeText.visible(english);
    }
}
