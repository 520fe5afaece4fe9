package netmarket.config;

/** A source definition in jobs/ that cannot be used as written; the message says where. */
public class DefinitionException extends RuntimeException {

    public DefinitionException(String message) {
        super(message);
    }
}
