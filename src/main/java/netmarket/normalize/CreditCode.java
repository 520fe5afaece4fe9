package netmarket.normalize;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015): 17 characters
 * from a 31-letter alphabet and a check character computed from them.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Each character's value in the alphabet, -1 when it is not in it (a table: the check runs for every identifier of a register). */
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = i;
        }
    }

    private static int value(char c) {
        return c < 128 ? VALUE[c] : -1;
    }

    private CreditCode() {}

    /** Whether the text has the shape of a credit code (18 characters of the alphabet). */
    public static boolean looksLike(String code) {
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (value(code.charAt(i)) < 0) {
                return false;
            }
        }
        return !PersonalId.looksLike(code); // 17 digits and a digit or X is a personal ID's shape
    }

    /** Null if valid, else the reason it is not. */
    public static String problem(String code) {
        if (code.length() != 18) {
            return "统一社会信用代码应为18位，实为" + code.length() + "位";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = value(code.charAt(i));
            if (v < 0) {
                return "统一社会信用代码第" + (i + 1) + "位「" + code.charAt(i) + "」不是允许的字符";
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        char expected = ALPHABET.charAt(check);
        if (code.charAt(17) != expected) {
            return "统一社会信用代码校验位错误：应为「" + expected + "」，实为「" + code.charAt(17) + "」";
        }
        return null;
    }

    /** The check character for 17 leading characters (used by tests and the sample generator). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
