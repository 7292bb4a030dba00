package dev.genuine.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain aligned text table for terminal output; long cells are cut to a column's maximum width. */
final class TextTable {
    private final List<String> header;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header, int... maxWidths) {
        this.header = header;
        this.maxWidths = maxWidths;
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? "" : cells[i].toString().replaceAll("\\s+", " ");
            int max = i < maxWidths.length ? maxWidths[i] : 0;
            r.add(max > 3 && s.length() > max ? s.substring(0, max - 3) + "..." : s);
        }
        rows.add(r);
        return this;
    }

    void print(PrintWriter out) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < r.size() && i < w.length; i++) w[i] = Math.max(w[i], r.get(i).length());
        line(out, header, w);
        for (List<String> r : rows) line(out, r, w);
    }

    private static void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(cells.get(i));
            if (i < cells.size() - 1) b.append(" ".repeat(w[i] - cells.get(i).length() + 2));
        }
        out.println(b.toString().stripTrailing());
    }
}
