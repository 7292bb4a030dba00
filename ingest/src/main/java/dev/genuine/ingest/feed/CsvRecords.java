package dev.genuine.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.genuine.ingest.Problem;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A CSV feed read row by row and turned into the same JSON objects a JSON Lines feed holds, so both formats are
 * validated alike. The CSV form is the flat form of the contract's JSON:
 * <ul>
 *   <li>the first row names the columns: {@code id,merchantId,title,description,price.amount,price.currency,
 *       category,images,reviews,updatedAt} (any order; {@code id}, {@code merchantId} and {@code title} must
 *       be there; other columns are ignored);</li>
 *   <li>a dotted column name is a field of a nested object ({@code price.amount} is {@code price: {amount}});</li>
 *   <li>{@code images} and {@code reviews} hold several values joined by {@code |};</li>
 *   <li>{@code price.amount} is a number; every other cell is text; an empty cell is an absent field;</li>
 *   <li>RFC 4180 quoting: a cell with a comma, quote or line break is quoted, a quote inside is doubled.</li>
 * </ul>
 * A record is numbered by the line it starts on.
 */
final class CsvRecords implements FeedRecords {
    static final List<String> REQUIRED_COLUMNS = List.of("id", "merchantId", "title");
    private static final Set<String> LIST_COLUMNS = Set.of("images", "reviews");
    private static final Set<String> NUMBER_COLUMNS = Set.of("price.amount");
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private final CsvParser parser;
    private final String name;
    private final List<String> header;
    private boolean broken;
    private long rowLine;
    private long lastCellLine;

    CsvRecords(Reader in, String name) throws IOException, FeedException {
        this.name = name;
        this.parser = CSV.getFactory().createParser(in);
        parser.setSchema(CsvSchema.emptySchema());
        Row h = readRow();
        if (h == null) throw new FeedException(name + ": empty CSV file (no header row)");
        header = h.cells().stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) throw new FeedException(name + ":" + h.line() + ": column '" + column + "' appears twice in the header");
        }
        for (String column : REQUIRED_COLUMNS) {
            if (!seen.contains(column)) {
                throw new FeedException(name + ":" + h.line() + ": the header has no '" + column + "' column (needs "
                        + String.join(", ", REQUIRED_COLUMNS) + ")");
            }
        }
    }

    @Override
    public FeedRecord next() throws IOException {
        if (broken) return null;
        Row row;
        try {
            row = readRow();
            if (row == null) return null;
        } catch (JsonProcessingException e) {
            broken = true; // after a CSV syntax error (an unclosed quote) rows cannot be told apart any more
            // the row's first cell when it was read, else (the broken cell comes first) the line after the last row
            long start = rowLine > 0 ? rowLine : lastCellLine + 1;
            long at = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            return new FeedRecord(start, null, new Problem(name + ":" + start, "", "broken CSV ("
                    + e.getOriginalMessage() + (at > start ? " at line " + at : "") + "); the rest of the file is not read"));
        }
        if (row.cells().size() != header.size()) {
            return new FeedRecord(row.line(), null, new Problem(name + ":" + row.line(), "",
                    "has " + row.cells().size() + " cells, the header has " + header.size()));
        }
        return new FeedRecord(row.line(), toObject(row.cells()), null);
    }

    private ObjectNode toObject(List<String> row) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i), cell = row.get(i);
            if (cell.isEmpty()) continue;
            String[] parts = column.split("\\.");
            ObjectNode parent = o;
            for (int p = 0; p < parts.length - 1; p++) parent = parent.has(parts[p]) && parent.get(parts[p]).isObject()
                    ? (ObjectNode) parent.get(parts[p]) : parent.putObject(parts[p]);
            String field = parts[parts.length - 1];
            if (LIST_COLUMNS.contains(column)) {
                var array = parent.putArray(field);
                for (String v : cell.split("\\|")) if (!v.isBlank()) array.add(v.strip());
            } else if (NUMBER_COLUMNS.contains(column)) {
                parent.set(field, number(cell));
            } else {
                parent.put(field, cell);
            }
        }
        return o;
    }

    /** A number node, or the text itself so the validator reports "must be a number" with its path. */
    private static com.fasterxml.jackson.databind.JsonNode number(String cell) {
        try {
            return JsonNodeFactory.instance.numberNode(new BigDecimal(cell.strip()));
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(cell);
        }
    }

    private record Row(long line, List<String> cells) {}

    /** The next row with the line its first cell is on, or null at the end of the file. */
    private Row readRow() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) return null;
        if (t != JsonToken.START_ARRAY) throw new IllegalStateException("CSV parser out of step at " + t);
        rowLine = -1;
        List<String> cells = new ArrayList<>();
        for (t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            lastCellLine = parser.currentTokenLocation().getLineNr();
            if (rowLine < 0) rowLine = lastCellLine;
            cells.add(parser.getText());
        }
        return new Row(rowLine, cells);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
