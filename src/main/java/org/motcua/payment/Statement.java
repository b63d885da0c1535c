package org.motcua.payment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payment gateway's daily statement (docs/payment-statement.md): UTF-8 CSV, the header
 * {@code partnerCode,billId,transactionId,amount,paidAt,resultCode}, then one line per transaction. Read whole or
 * rejected whole, naming the first bad line and column.
 */
record Statement(List<Line> lines) {

    static final List<String> COLUMNS = List.of("partnerCode", "billId", "transactionId", "amount", "paidAt",
            "resultCode");

    /** One transaction of the statement; {@code number} is its line in the file (the header is line 1). */
    record Line(int number, String partnerCode, String billId, String transactionId, long amount, Instant paidAt,
                String resultCode) {

        boolean paid() {
            return "00".equals(resultCode);
        }
    }

    static Statement parse(byte[] content, String partnerCode) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rows = text.split("\r?\n", -1);
        if (rows.length == 0 || rows[0].isBlank()) {
            throw new StatementInvalid(1, null, "the file is empty; expected the header " + String.join(",", COLUMNS));
        }
        String[] header = rows[0].split(",", -1);
        for (int i = 0; i < Math.max(header.length, COLUMNS.size()); i++) {
            String found = i < header.length ? header[i].trim() : null;
            String expected = i < COLUMNS.size() ? COLUMNS.get(i) : null;
            if (expected == null || !expected.equals(found)) {
                throw new StatementInvalid(1, expected == null ? found : expected, "the header must be exactly "
                        + String.join(",", COLUMNS) + (found == null ? "; column missing" : "; found '" + found + "'"));
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.length; i++) {
            int number = i + 1;
            if (rows[i].isBlank()) {
                if (i == rows.length - 1) {
                    continue; // the final line break
                }
                throw new StatementInvalid(number, null, "empty line");
            }
            String[] cells = rows[i].split(",", -1);
            if (cells.length != COLUMNS.size()) {
                throw new StatementInvalid(number, null, "expected " + COLUMNS.size() + " columns, found "
                        + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].trim();
                if (cells[c].isEmpty()) {
                    throw new StatementInvalid(number, COLUMNS.get(c), "empty");
                }
            }
            if (!cells[0].equals(partnerCode)) {
                throw new StatementInvalid(number, "partnerCode", "'" + cells[0]
                        + "' is not the platform's partner code " + partnerCode);
            }
            long amount = amount(number, cells[3]);
            Instant paidAt;
            try {
                paidAt = OffsetDateTime.parse(cells[4]).toInstant();
            } catch (DateTimeParseException e) {
                throw new StatementInvalid(number, "paidAt", "'" + cells[4]
                        + "' is not an ISO-8601 date and time with offset, e.g. 2026-11-27T09:15:00+07:00");
            }
            Integer earlier = seen.putIfAbsent(cells[2], number);
            if (earlier != null) {
                throw new StatementInvalid(number, "transactionId", "transaction '" + cells[2]
                        + "' is already on line " + earlier);
            }
            lines.add(new Line(number, cells[0], cells[1], cells[2], amount, paidAt, cells[5]));
        }
        return new Statement(List.copyOf(lines));
    }

    private static long amount(int number, String cell) {
        if (!cell.matches("[0-9]{1,15}")) {
            throw new StatementInvalid(number, "amount", "'" + cell + "' is not a whole number of VND (digits only)");
        }
        long amount = Long.parseLong(cell);
        if (amount <= 0) {
            throw new StatementInvalid(number, "amount", "the amount must be positive");
        }
        return amount;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new StatementInvalid(1, null, "the file is not UTF-8 text");
        }
    }
}
