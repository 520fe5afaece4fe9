package netmarket.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import netmarket.extract.CellRange;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;

/** A sheet's cursor with the rows already read ahead (to find the header) given back first. */
final class ReplayCursor implements SheetCursor {

    private final Deque<SheetRow> ahead;
    private final SheetCursor rest;

    ReplayCursor(List<SheetRow> ahead, SheetCursor rest) {
        this.ahead = new ArrayDeque<>(ahead);
        this.rest = rest;
    }

    @Override
    public String sheetName() {
        return rest.sheetName();
    }

    @Override
    public List<CellRange> merges() {
        return rest.merges();
    }

    @Override
    public SheetRow next() {
        return ahead.isEmpty() ? rest.next() : ahead.pollFirst();
    }

    @Override
    public double fraction() {
        return rest.fraction();
    }

    @Override
    public void close() {
        rest.close();
    }
}
