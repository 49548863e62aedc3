package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Glossary;

/** Loads the atlas content from {@code data/*.json}, keeping every valid record and reporting the rest. */
public final class AtlasLoader {
    public static final String SOURCES = "sources.json";
    public static final String PLACES = "places.json";
    public static final String LINKS = "links.json";
    public static final String SERIES = "series.json";
    public static final String EVENTS = "events.json";
    public static final String NOTES = "notes.json";
    /** Optional: without it the dossier offers no currency conversion. */
    public static final String RATES = "rates.json";
    /** Optional: the guided tours. */
    public static final String TOURS = "tours.json";
    /** Optional: the translations of units, figure names and cited sections (without it they stay English). */
    public static final String GLOSSARY = "glossary.json";

    /** Decimals are read as BigDecimal so that a printed 892.10 keeps its trailing zero. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final DataSource source;

    public AtlasLoader(DataSource source) {
        this.source = source;
    }

    /**
     * The atlas shipped with the application, or the one in the folder named by the system
     * property {@code atlas.data} (to try edited data without rebuilding).
     */
    public static LoadResult loadBundled() {
        return checked(bundled().loadRecords());
    }

    /** The bundled atlas as {@link #loadRecords()} reads it: for the window, which checks it after its first frame. */
    public static LoadResult loadBundledRecords() {
        return bundled().loadRecords();
    }

    private static AtlasLoader bundled() {
        String folder = System.getProperty("atlas.data");
        DataSource source =
                folder == null || folder.isBlank() ? DataSource.classpath("data/") : DataSource.folder(Path.of(folder));
        return new AtlasLoader(source);
    }

    public LoadResult load() {
        return checked(loadRecords());
    }

    /**
     * The valid records and the problems of reading them and of their references, without the
     * history and translation checks: those only find problems (they never drop a record), and
     * they cost a cold start a third of its reading time. {@link #checked} adds them.
     */
    public LoadResult loadRecords() {
        List<Problem> problems = new ArrayList<>();
        var sources = read(SOURCES, new SourceParser(), problems);
        var places = read(PLACES, new PlaceParser(), problems);
        var links = read(LINKS, new LinkParser(), problems);
        var series = read(SERIES, new SeriesParser(), problems);
        var events = read(EVENTS, new EventParser(), problems);
        var notes = read(NOTES, new NoteParser(), problems);
        var rates = read(RATES, new RateParser(), problems, true);
        var tours = read(TOURS, new TourParser(), problems, true);
        var glossary = new Glossary(read(GLOSSARY, new GlossaryParser(), problems, true));
        Atlas draft = new Atlas(sources, places, links, series, events, notes, rates, tours, glossary);
        return new AtlasValidator(draft, problems).validate();
    }

    /** The records read by {@link #loadRecords()}, with the problems the history and translation checks find. */
    public static LoadResult checked(LoadResult records) {
        List<Problem> problems = new ArrayList<>(records.problems());
        problems.addAll(new LifecycleCheck(records.atlas(), Year.now().getValue()).problems());
        return TranslationCheck.addProblems(new LoadResult(records.atlas(), problems));
    }

    private <T> List<T> read(String file, RecordParser<T> parser, List<Problem> problems) {
        return read(file, parser, problems, false);
    }

    private <T> List<T> read(String file, RecordParser<T> parser, List<Problem> problems, boolean optional) {
        Optional<String> text = readText(file, problems, optional);
        if (text.isEmpty()) return List.of();
        JsonRecords.Parsed parsed = JsonRecords.read(file, text.get(), Message.of("problem.notAnArray"));
        List<T> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonRecords.Raw raw : parsed.records()) {
            String position = "#" + (raw.index() + 1);
            if (!raw.node().isObject()) {
                problems.add(Problem.of(file, position, null, "problem.recordObject"));
                continue;
            }
            RecordReader r = new RecordReader(file, raw.node(), position, problems);
            if (raw.duplicateKey().isPresent()) {
                r.fail(raw.duplicateKey().get(), "problem.duplicateKey");
                continue;
            }
            Optional<T> parsedRecord = parser.parse(r);
            if (parsedRecord.isEmpty()) continue;
            if (!seen.add(r.id())) {
                problems.add(Problem.of(file, r.id(), "id", "problem.duplicateId"));
                continue;
            }
            out.add(parsedRecord.get());
        }
        parsed.fileProblem().ifPresent(problems::add);
        return out;
    }

    /** Why a JSON file could not be read, in words (a syntax error gives its line and column). */
    static Problem unreadable(String file, IOException e) {
        return Problem.of(file, null, null, "problem.unreadable", DataFile.reason(e));
    }

    private Optional<String> readText(String file, List<Problem> problems, boolean optional) {
        try {
            Optional<InputStream> in = source.open(file);
            if (in.isEmpty() && optional) return Optional.empty();
            if (in.isEmpty()) {
                problems.add(Problem.of(file, null, null, "problem.fileNotFound", source.describe()));
                return Optional.empty();
            }
            return Optional.of(DataFile.text(in.get()));
        } catch (IOException e) {
            problems.add(unreadable(file, e));
        }
        return Optional.empty();
    }
}
