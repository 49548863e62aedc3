package org.longjiang.atlas.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.i18n.Messages;

/** Every export setting the dialog names has a message in every language. */
class ExportKeysTest {
    @Test
    void everySettingIsNamed() {
        List<String> keys = new ArrayList<>(List.of("export.preset.custom"));
        for (ExportContent c : ExportContent.values()) keys.add("export.what." + c.id());
        for (ExportPreset p : ExportPreset.values()) keys.add("export.preset." + p.id());
        for (Decoration d : Decoration.values()) keys.add("export.decoration." + d.id());
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.of(lang);
            assertEquals(List.of(), keys.stream().filter(k -> !m.has(k)).toList(), lang);
        }
    }
}
