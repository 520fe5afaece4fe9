package netmarket.normalize;

/** A cell that cannot become the value its column promises; the row is rejected with this reason. */
public class ValueException extends RuntimeException {

    public ValueException(String reason) {
        super(reason);
    }
}
