package org.longjiang.atlas.app.export;

import java.util.Locale;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.TextFileSaver;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.export.ContentExport;
import org.longjiang.atlas.core.i18n.Messages;

/** "Export data": saves places, links, series, events or notes as GeoJSON or CSV, like the {@code list} command. */
public final class DataExportMenu extends MenuButton {
    private final TextFileSaver saver = new TextFileSaver();

    public DataExportMenu(AtlasState state) {
        var language = state.languageProperty();
        textProperty().bind(UiText.of(language, "data.menu"));
        setId("data-menu");
        for (ContentExport e : ContentExport.values()) {
            MenuItem item = new MenuItem();
            item.textProperty()
                    .bind(UiText.of(
                            language,
                            m -> m.get(
                                    "data.item",
                                    m.get("data." + e.what()),
                                    e.format().toUpperCase(Locale.ROOT))));
            item.setId("data-" + e.name().toLowerCase(Locale.ROOT));
            item.setOnAction(a -> saver.save(
                    getScene().getWindow(),
                    Messages.of(language.get()),
                    e.fileName(),
                    e.format(),
                    e.render(state.atlas())));
            getItems().add(item);
        }
    }
}
