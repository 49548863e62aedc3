package org.longjiang.atlas.app.export;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.prefs.Preferences;

/** Where the export dialog keeps its last settings: {@link Preferences} in the app, a map in tests. */
public interface SettingsStore {
    /** The node the app uses; tests never touch it. */
    String NODE = "/org/longjiang/atlas/export";

    String get(String key, String fallback);

    void put(String key, String value);

    /** The user's preferences under {@link #NODE}, or under the node {@code atlas.prefs.node} names (tests). */
    static SettingsStore user() {
        return preferences(Preferences.userRoot().node(System.getProperty("atlas.prefs.node", NODE)));
    }

    static SettingsStore preferences(Preferences node) {
        return of(node::get, node::put);
    }

    static SettingsStore inMemory() {
        Map<String, String> map = new HashMap<>();
        return of(map::getOrDefault, map::put);
    }

    private static SettingsStore of(BiFunction<String, String, String> get, BiConsumer<String, String> put) {
        return new SettingsStore() {
            @Override
            public String get(String key, String fallback) {
                return get.apply(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                put.accept(key, value);
            }
        };
    }
}
