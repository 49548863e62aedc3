package org.longjiang.atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassWarmUpTest {
    @Test
    void everyListedClassExists() throws IOException {
        List<String> names;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ClassWarmUp.class.getResourceAsStream(ClassWarmUp.LIST), StandardCharsets.UTF_8))) {
            names = ClassWarmUp.names(r);
        }
        assertTrue(names.contains("org.longjiang.atlas.app.map.MapPane"), "the list is the window's");
        List<String> missing = names.stream()
                .filter(n -> ClassWarmUp.class.getClassLoader().getResource(n.replace('.', '/') + ".class") == null)
                .toList();
        assertEquals(List.of(), missing, "renamed or removed: make the list again (see its header)");
    }
}
