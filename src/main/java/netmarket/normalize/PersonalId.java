package netmarket.normalize;

/** The 18-digit resident ID number (GB 11643) and the legacy 15-digit one. */
public final class PersonalId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private PersonalId() {}

    /** The first two digits of a resident ID: the province-level regions of GB/T 2260. */
    private static final java.util.Set<String> PROVINCES = java.util.Set.of("11", "12", "13", "14", "15", "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65", "71", "81", "82");

    /**
     * Whether an 18-character value has the shape of a resident ID: 17 digits and a digit or X, a
     * province code first and a real birth date (1900-2099) in characters 7-14, whatever its check
     * character. Such a value is never stored as a credit code, even when GB 32100's check passes
     * (about 1 in 31 mistyped IDs would), since it would then be a person's number in clear.
     */
    public static boolean hasShape(String s) {
        if (s == null || !eighteen(s) || !PROVINCES.contains(s.substring(0, 2))) {
            return false;
        }
        int year = Integer.parseInt(s.substring(6, 10));
        if (year < 1900 || year > 2099) {
            return false;
        }
        try {
            java.time.LocalDate.of(year, Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    public static boolean looksLike(String s) {
        return eighteen(s) || fifteen(s);
    }

    /** 17 digits and a digit or X (either case): the shape of an 18-character ID (a loop, not a regex: called per cell). */
    private static boolean eighteen(String s) {
        if (s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        char last = s.charAt(17);
        return digit(last) || last == 'X' || last == 'x';
    }

    private static boolean fifteen(String s) {
        if (s.length() != 15) {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Null if valid, else the reason (the number itself is never part of the reason). */
    public static String problem(String s) {
        if (fifteen(s)) {
            return null;
        }
        if (!eighteen(s)) {
            return "身份证号码格式错误（应为18位）";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        char expected = CHECK.charAt(sum % 11);
        return Character.toUpperCase(s.charAt(17)) == expected ? null : "身份证号码校验位错误";
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
