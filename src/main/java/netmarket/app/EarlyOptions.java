package netmarket.app;

/** A setting read before Spring starts: from the command line ({@code --name=value}), else the environment, else a default. */
public final class EarlyOptions {

    private EarlyOptions() {}

    public static String value(String[] args, String name, String env, String fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        String e = env.equals("-") ? null : System.getenv(env);
        return e != null && !e.isBlank() ? e : fallback;
    }
}
