package org.longjiang.atlas.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code asks for with a literal is in the English bundle. */
class MessageKeysTest {
    static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");

    @Test
    void everyLiteralKeyInTheCodeIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/messages.properties")) {
            bundle.load(in);
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find())
                    if (!bundle.containsKey(m.group(1))) missing.add(m.group(1) + " (" + f.getFileName() + ")");
            }
        }
        assertEquals(Set.of(), missing);
    }
}
