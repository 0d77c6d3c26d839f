package org.appeal.store.resolutions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.appeal.domain.Vote;
import org.appeal.store.ImportException;
import org.appeal.store.ImportProblems;
import org.appeal.store.Utf8Check;

/**
 * Reads the UN Digital Library's General Assembly voting data (digitallibrary.un.org, record
 * 4060887): a CSV with one row per member state per resolution adopted by recorded vote, with the
 * columns {@code undl_id, ms_code, ms_name, ms_vote, date, session, resolution, draft, ..., title,
 * ..., undl_link}.
 *
 * <p>The file is streamed row by row, as the full file has some 900,000 rows. Every row is checked;
 * either all of it loads, or an {@link ImportException} lists every problem with its line and
 * column and nothing is returned.
 *
 * <p>What is read: each resolution (symbol normalised to "A/RES/79/181", id "a-res-79-181", the
 * {@code session}, the {@code date} as adoption day, the title without the catalogue's
 * " : resolution / adopted by the General Assembly", the {@code undl_link} as source) and each
 * state's vote, the state named by {@code ms_name} as the file writes it. Vote codes are read by
 * {@link VoteCodes}: Y, N, A, and X or empty for a state that did not vote.
 */
public final class UnVotingDataReader {
    private static final Pattern CATALOGUE_SUFFIX =
            Pattern.compile("\\s*:\\s*resolution\\s*/\\s*adopted by the General Assembly\\.?\\s*$",
                    Pattern.CASE_INSENSITIVE);
    private static final int MALFORMED_LINES_REPORTED = 100;

    public VotingData read(Path csv) throws ImportException {
        String file = csv.getFileName() == null ? csv.toString() : csv.getFileName().toString();
        ImportProblems problems = new ImportProblems(file);
        ResolutionRows resolutions = new ResolutionRows(problems);
        List<Vote> votes = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
            readRows(parser, problems, resolutions, votes);
        } catch (NoSuchFileException e) {
            problems.add(0, "", "file does not exist");
        } catch (IOException | UncheckedIOException e) {
            if (isEncodingProblem(e)) {
                reportMalformedLines(csv, problems);
            } else {
                problems.add(0, "", "cannot read the file (an unclosed quote?): " + rootMessage(e));
            }
        }
        problems.throwIfAny();
        return new VotingData(resolutions.resolutions(), votes);
    }

    private void readRows(CSVParser parser, ImportProblems problems, ResolutionRows resolutions, List<Vote> votes) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            problems.add(1, "", "file is empty; the first line must be the header");
            return;
        }
        VotingCsvHeader header = VotingCsvHeader.read(records.next(), 1, problems);
        if (header == null) {
            return;
        }
        // A state's name occurs once per resolution; one shared copy of each keeps memory to the votes themselves.
        Map<String, String> stateNames = new HashMap<>();
        while (true) {
            // Taken before the record is read, so that a title spanning lines reports the line the row starts on.
            long line = parser.getCurrentLineNumber() + 1;
            if (!records.hasNext()) {
                break;
            }
            CSVRecord record = records.next();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            VotingRow row = row(record, line, header, problems);
            if (row == null) {
                continue;
            }
            String symbol = resolutions.add(row);
            if (symbol != null) {
                votes.add(new Vote(symbol, stateNames.computeIfAbsent(row.state(), s -> s), row.choice()));
            }
        }
    }

    /** The row's values, or {@code null} when any of them is wrong (every one reported). */
    private static VotingRow row(CSVRecord record, long line, VotingCsvHeader header, ImportProblems problems) {
        boolean valid = true;
        if (record.size() != header.size()) {
            problems.add(line, "", "row has " + record.size() + " values but the header has " + header.size()
                    + " columns");
            valid = false;
        }
        String resolution = header.cell(record, VotingCsvHeader.RESOLUTION);
        Optional<String> symbol = ResolutionSymbols.normalise(resolution);
        if (symbol.isEmpty()) {
            problems.add(line, VotingCsvHeader.RESOLUTION, resolution.isEmpty() ? "required value is empty"
                    : "not a General Assembly resolution symbol such as A/RES/79/181: '" + resolution + "'");
            valid = false;
        }
        String state = header.cell(record, VotingCsvHeader.MS_NAME);
        if (state.isEmpty()) {
            problems.add(line, VotingCsvHeader.MS_NAME, "required value is empty");
            valid = false;
        }
        String code = header.cell(record, VotingCsvHeader.MS_VOTE);
        Optional<Vote.Choice> choice = VoteCodes.parse(code);
        if (choice.isEmpty()) {
            problems.add(line, VotingCsvHeader.MS_VOTE, "unknown vote '" + code + "' (expected Y, N, A, X or empty)");
            valid = false;
        }
        String session = header.cell(record, VotingCsvHeader.SESSION);
        if (!SessionNumbers.isValid(session)) {
            problems.add(line, VotingCsvHeader.SESSION, "not a session such as 79, ES-10 or S-27: '" + session + "'");
            valid = false;
        }
        String dateText = header.cell(record, VotingCsvHeader.DATE);
        LocalDate date = null;
        try {
            date = dateText.isEmpty() ? null : LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            problems.add(line, VotingCsvHeader.DATE, "not a date in the form yyyy-MM-dd: '" + dateText + "'");
            valid = false;
        }
        if (!valid) {
            return null;
        }
        String stateCode = header.cell(record, VotingCsvHeader.MS_CODE);
        String voter = (stateCode.isEmpty() ? state : stateCode).toUpperCase(Locale.ROOT);
        return new VotingRow(line, symbol.get(), session, date, title(header.cell(record, VotingCsvHeader.TITLE)),
                source(header, record), state, voter, choice.get());
    }

    /** The catalogue appends a statement of responsibility to every title; it is not part of the title. */
    private static String title(String cell) {
        return CATALOGUE_SUFFIX.matcher(cell).replaceFirst("");
    }

    private static String source(VotingCsvHeader header, CSVRecord record) {
        String link = header.cell(record, VotingCsvHeader.UNDL_LINK);
        if (!link.isEmpty()) {
            return link;
        }
        String id = header.cell(record, VotingCsvHeader.UNDL_ID);
        return id.isEmpty() ? "UN Digital Library voting data" : "UN Digital Library voting record " + id;
    }

    /**
     * The decoder reads ahead of the parser, so the parser's line is not where the bad bytes are; a
     * second pass over the bytes finds the exact lines.
     */
    private static void reportMalformedLines(Path csv, ImportProblems problems) {
        try (InputStream in = Files.newInputStream(csv)) {
            List<Long> lines = Utf8Check.malformedLines(in, MALFORMED_LINES_REPORTED);
            lines.forEach(line -> problems.add(line, "", "bytes that are not valid UTF-8 (save the file as UTF-8)"));
            if (lines.isEmpty()) {
                problems.add(0, "", "the file is not valid UTF-8");
            }
        } catch (IOException e) {
            problems.add(0, "", "the file is not valid UTF-8, and reading it again failed: " + e.getMessage());
        }
    }

    private static boolean isEncodingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
