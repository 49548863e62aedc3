package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        String folder = System.getProperty("atlas.data");
        DataSource source = folder == null || folder.isBlank()
                ? DataSource.classpath("data/")
                : DataSource.folder(java.nio.file.Path.of(folder));
        return new AtlasLoader(source).load();
    }

    public LoadResult load() {
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
        LoadResult checked = new AtlasValidator(draft, problems).validate();
        return TranslationCheck.addProblems(checked);
    }

    private <T> List<T> read(String file, RecordParser<T> parser, List<Problem> problems) {
        return read(file, parser, problems, false);
    }

    private <T> List<T> read(String file, RecordParser<T> parser, List<Problem> problems, boolean optional) {
        Optional<JsonNode> root = readTree(file, problems, optional);
        if (root.isEmpty()) return List.of();
        if (!root.get().isArray()) {
            problems.add(new Problem(file, null, null, "the file must hold a JSON array of records"));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode array = root.get();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problems.add(new Problem(file, "#" + (i + 1), null, "a record must be a JSON object"));
                continue;
            }
            RecordReader r = new RecordReader(file, node, "#" + (i + 1), problems);
            Optional<T> parsed = parser.parse(r);
            if (parsed.isEmpty()) continue;
            if (!seen.add(r.id())) {
                problems.add(new Problem(file, r.id(), "id", "duplicate id; this later record is skipped"));
                continue;
            }
            out.add(parsed.get());
        }
        return out;
    }

    /** Why a JSON file could not be read: the line and column of a syntax error, else the I/O error. */
    static Problem unreadable(String file, IOException e) {
        if (e instanceof JsonProcessingException j) {
            var loc = j.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            return new Problem(file, null, null, "not valid JSON" + where + ": " + j.getOriginalMessage());
        }
        return new Problem(file, null, null, "cannot be read: " + e.getMessage());
    }

    private Optional<JsonNode> readTree(String file, List<Problem> problems, boolean optional) {
        try {
            Optional<InputStream> in = source.open(file);
            if (in.isEmpty() && optional) return Optional.empty();
            if (in.isEmpty()) {
                problems.add(new Problem(file, null, null, "file not found in " + source.describe()));
                return Optional.empty();
            }
            try (InputStream s = in.get()) {
                return Optional.of(MAPPER.readTree(s));
            }
        } catch (IOException e) {
            problems.add(unreadable(file, e));
        }
        return Optional.empty();
    }
}
