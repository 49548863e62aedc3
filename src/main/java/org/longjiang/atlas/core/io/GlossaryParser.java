package org.longjiang.atlas.core.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Glossary;
import org.longjiang.atlas.core.model.LocalizedText;

/** Reads an entry of glossary.json: {@code {"kind": "unit", "en": "km", "zh": "公里", "ru": "км"}}. */
final class GlossaryParser implements RecordParser<Glossary.Entry> {

    @Override
    public Optional<Glossary.Entry> parse(RecordReader r) {
        Glossary.Kind kind = r.enumValue("kind", Glossary.Kind.class);
        Map<String, String> term = new LinkedHashMap<>();
        term.put("en", r.text("en"));
        for (String lang : Messages.LANGUAGES) r.optText(lang).ifPresent(t -> term.putIfAbsent(lang, t));
        if (r.failed()) return Optional.empty();
        return Optional.of(new Glossary.Entry(kind, new LocalizedText(term)));
    }
}
