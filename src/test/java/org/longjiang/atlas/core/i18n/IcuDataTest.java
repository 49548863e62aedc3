package org.longjiang.atlas.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.core.model.PartialDate;

/**
 * The shaded jar leaves out the ICU data the pom's shade filter names. This test builds an ICU
 * jar trimmed by those very patterns and formats with it, in every language, everything the atlas
 * asks of ICU: each message must read exactly as with the whole of ICU.
 */
class IcuDataTest {
    static final Pattern EXCLUDE = Pattern.compile("<exclude>(com/ibm/icu/[^<]+)</exclude>");

    @Test
    void theTrimmedIcuFormatsEverythingTheAtlasAsksOfIt(@TempDir Path dir) throws Exception {
        List<Pattern> excluded = new ArrayList<>();
        Matcher m = EXCLUDE.matcher(Files.readString(Path.of("pom.xml")));
        while (m.find()) excluded.add(antPattern(m.group(1)));
        assertTrue(excluded.size() >= 4, "the pom's ICU filter: " + excluded);
        Path icu = Path.of(MessageFormat.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path trimmed = dir.resolve("icu4j-trimmed.jar");
        int left = copyWithout(icu, trimmed, excluded);
        assertTrue(left > 0 && Files.size(trimmed) < Files.size(icu) * 0.8, "the filter leaves data out");

        URL[] path = {trimmed.toUri().toURL(), Path.of("target/classes").toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            Class<?> messages = loader.loadClass(Messages.class.getName());
            Class<?> partialDate = loader.loadClass(PartialDate.class.getName());
            Method of = messages.getMethod("of", String.class);
            for (String lang : List.of("en", "zh", "ru")) {
                Object trim = of.invoke(null, lang);
                Messages full = Messages.of(lang);
                assertEquals(full.get("detail.timeline.count", 5), call(trim, "get", "detail.timeline.count", 5));
                assertEquals(
                        full.get("check.coverage", "ru", 99.5, 1203, 1204),
                        call(trim, "get", "check.coverage", "ru", 99.5, 1203, 1204));
                assertEquals(full.number(new BigDecimal("12345.60")), call(trim, "number", new BigDecimal("12345.60")));
                assertEquals(full.fixed(50.236, 4), call(trim, "fixed", 50.236, 4));
                assertEquals(full.country("CN"), call(trim, "country", "CN"));
                assertEquals(full.period("2013-11/2017-06"), call(trim, "period", "2013-11/2017-06"));
                Object day = partialDate.getMethod("parse", String.class).invoke(null, "2019-12-02");
                assertEquals(full.date(PartialDate.parse("2019-12-02")), call(trim, "date", day));
            }
        }
    }

    private static Object call(Object target, String name, Object... args) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (!method.getName().equals(name)) continue;
            Class<?>[] types = method.getParameterTypes();
            if (method.isVarArgs() && args.length >= 1) {
                Object[] rest = new Object[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                return method.invoke(target, args[0], rest);
            }
            if (types.length == args.length && accepts(types, args)) return method.invoke(target, args);
        }
        throw new NoSuchMethodException(name);
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            Object a = args[i];
            boolean ok = t.isInstance(a)
                    || (t == int.class && a instanceof Integer)
                    || (t == long.class && a instanceof Long)
                    || (t == double.class && a instanceof Double);
            if (!ok) return false;
        }
        return true;
    }

    /** {@code a/**} and {@code a/*.spp} as regular expressions. */
    static Pattern antPattern(String ant) {
        String regex = Pattern.quote(ant)
                .replace("**", "{ANY}")
                .replace("*", "\\E[^/]*\\Q")
                .replace("{ANY}", "\\E.*\\Q");
        return Pattern.compile(regex);
    }

    private static int copyWithout(Path from, Path to, List<Pattern> excluded) throws IOException {
        int kept = 0;
        try (JarFile in = new JarFile(from.toFile());
                OutputStream file = Files.newOutputStream(to);
                JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry e : in.stream().toList()) {
                if (excluded.stream().anyMatch(p -> p.matcher(e.getName()).matches())) continue;
                out.putNextEntry(new JarEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
                kept++;
            }
        }
        return kept;
    }
}
