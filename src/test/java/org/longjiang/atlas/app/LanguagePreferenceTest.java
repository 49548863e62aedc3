package org.longjiang.atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.i18n.Messages;

/** The first start follows the system's language; afterwards the user's choice is remembered. */
class LanguagePreferenceTest {
    final Preferences node = Preferences.userRoot()
            .node("/org/longjiang/atlas-test/language-"
                    + ProcessHandle.current().pid());
    final LanguagePreference preference = new LanguagePreference(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theFirstStartFollowsTheSystemsLanguage() {
        assertEquals("zh", preference.initial(Locale.forLanguageTag("zh-CN")));
        assertEquals("zh", preference.initial(Locale.forLanguageTag("zh-TW")));
        assertEquals("ru", preference.initial(Locale.forLanguageTag("ru-RU")));
        assertEquals("en", preference.initial(Locale.forLanguageTag("de-DE")));
        assertEquals("en", preference.initial(Locale.forLanguageTag("en-US")));
    }

    @Test
    void theChoiceIsRememberedOverTheSystemsLanguage() {
        preference.remember("ru");
        assertEquals("ru", new LanguagePreference(node).initial(Locale.forLanguageTag("zh-CN")));
        preference.remember(Messages.PSEUDO);
        assertEquals("ru", preference.initial(Locale.ENGLISH), "the tests' pseudo-language is never remembered");
    }
}
