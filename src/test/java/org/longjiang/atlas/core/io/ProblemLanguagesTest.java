package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Precision;

/** A problem the loader reports reads in the window's language; only the file's own names and values stay as written. */
class ProblemLanguagesTest {
    private static final Messages ZH = Messages.of("zh"), RU = Messages.of("ru");
    /** The words of the data format a message may name as they are written in a file. */
    private static final Pattern FORMAT_WORD =
            Pattern.compile("JSON|id|ISO|CN|RU|UTF|MB|Web|Mercator|n\\.d\\.|true|false|null");

    @Test
    void problemsFromBrokenDataReadInChineseAndRussian() {
        List<Problem> problems = Fixtures.load("malformed").problems();
        Problem range = find(problems, "nowhere", "lat");
        assertEquals("places.json › nowhere › lat：超出范围 [-85.0, 85.0]：95.0", range.in(ZH));
        assertEquals("places.json › nowhere › lat: вне диапазона [-85.0, 85.0]: 95.0", range.in(RU));
        Problem waypoints = find(problems, "one-point", "path");
        assertEquals("links.json › one-point › path：至少需要两个路径点，实际只有 1 个", waypoints.in(ZH));
        assertEquals(
                "links.json › one-point › path: нужны как минимум две точки пути, а есть 1 точка", waypoints.in(RU));
        Problem counterpart = find(problems, "bad-counterpart", "counterpart");
        assertEquals("places.json › bad-counterpart › counterpart：未知的地点 \"atlantis\"", counterpart.in(ZH));
        assertEquals("places.json › bad-counterpart › counterpart: неизвестное место \"atlantis\"", counterpart.in(RU));
        Problem translation = find(problems, "text-values", "title.ru");
        assertEquals("series.json › text-values › title.ru：缺少俄文译文", translation.in(ZH));
        assertEquals("series.json › text-values › title.ru: нет перевода на русский", translation.in(RU));
        // The command line keeps its English.
        assertEquals("places.json › nowhere › lat: out of range [-85.0, 85.0]: 95.0", range.toString());
    }

    @Test
    void aRouteHeldBackByItsCrossingSaysTheStatusesInTheReadersWords() {
        Problem breach = find(Fixtures.load("broken-history").problems(), "too-early", "lifecycle");
        assertEquals(
                "links.json › too-early › lifecycle：按其自身日期，2010 年时状态为“运营中”，但 bridge-crossing（位于其线路上）"
                        + "当时为“尚不存在”：只有所需的每个口岸和地点都已运营，线路才能运营",
                breach.in(ZH));
        assertEquals(
                "links.json › too-early › lifecycle: по собственным датам в 2010 г. имеет статус «действует», но"
                        + " bridge-crossing (на его пути) в то время — «ещё не существует»: маршрут действует, только"
                        + " когда действуют все нужные ему переходы и места",
                breach.in(RU));
    }

    @Test
    void everyProblemOfTheBrokenFixturesIsInChineseAndRussianButForTheDataItNames() {
        List<String> english = new ArrayList<>();
        for (Problem p : Stream.of("malformed", "broken-history", "broken-json")
                .flatMap(f -> Fixtures.load(f).problems().stream())
                .toList()) {
            String zh = words(p, ZH), ru = words(p, RU);
            if (!uses(zh, Character.UnicodeScript.HAN) || latinWord(zh)) english.add("zh " + p.in(ZH));
            if (!uses(ru, Character.UnicodeScript.CYRILLIC) || latinWord(ru)) english.add("ru " + p.in(RU));
        }
        assertEquals(List.of(), english);
    }

    @Test
    void aSyntaxErrorIsSaidInTheReadersWordsNotTheParsers() {
        Problem key = JsonRecords.read(
                        "places.json", "[{\"id\": \"a\"},\n {\"id\": \"b\",}]", Message.of("problem.notAnArray"))
                .fileProblem()
                .orElseThrow();
        assertEquals(
                "places.json: not valid JSON at line 2, column 13: unexpected \"}\" where a key in double quotes should be"
                        + " (a comma before a closing brace, or a key without quotes?); the record before it was read,"
                        + " the rest of the file was not",
                key.toString());
        assertEquals(
                "places.json：不是有效的 JSON：第 2 行第 13 列：此处应为带双引号的键，却出现了 \"}\"（右花括号前多了逗号，或键未加引号？）；"
                        + "已读取其前的 1 条记录，文件其余部分未读取",
                key.in(ZH));
        for (String broken :
                List.of("[{\"a\": tru}]", "[{\"a\": 1]", "[{\"a\": 1 \"b\": 2}]", "[{\"a\": \"x\ny\"}]", "[{\"a\": 1}"))
            assertFalse(
                    latinWord(words(
                            JsonRecords.read("f.json", broken, Message.of("problem.notAnArray"))
                                    .fileProblem()
                                    .orElseThrow(),
                            RU)),
                    broken);
    }

    @Test
    void aHugeOrReorderingValueIsCutAndShownSafelyInEveryLanguage() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", "heihe");
        node.put("precision", "\u202e" + "x".repeat(1_000_000));
        List<Problem> problems = new ArrayList<>();
        new RecordReader("places.json", node, "#1", problems).optEnum("precision", Precision.class, Precision.EXACT);
        Problem p = problems.get(0);
        assertEquals(
                "places.json › heihe › precision：未知的值 \"<U+202E>" + "x".repeat(79)
                        + "…（共 1000001 个字符）\"；应为以下之一：exact, approximate；改用 exact",
                p.in(ZH));
        // Russian groups the count with no-break spaces and says "символ" after 1 000 001.
        assertTrue(p.in(RU).replace('\u00a0', ' ').contains("x… (1 000 001 символ)\""), p.in(RU));
        for (Messages m : List.of(Messages.english(), ZH, RU)) {
            assertTrue(p.in(m).length() < 300, p.in(m).length() + " characters");
            assertFalse(p.in(m).contains("\u202e"));
        }
        Problem unquoted = Problem.of("places.json", "heihe", "counterpart", "problem.unknownPlace", "a\u202eb");
        assertEquals("places.json › heihe › counterpart: неизвестное место a<U+202E>b", unquoted.in(RU));
    }

    private static Problem find(List<Problem> problems, String record, String field) {
        return problems.stream()
                .filter(p -> record.equals(p.recordId()) && field.equals(p.field()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(record + " › " + field + " in " + problems));
    }

    /**
     * The message's own words: its text with every value from the file (a name, an id, a quoted value)
     * taken out, and the field names it quotes ("supplies").
     */
    private static String words(Problem p, Messages m) {
        return withoutData(p.message()).in(m).replaceAll("\"[^\"]*\"", "");
    }

    private static Message withoutData(Message message) {
        return new Message(
                message.key(),
                message.args().stream()
                        .map(a -> a instanceof Message inner ? withoutData(inner) : a instanceof String ? "□" : a)
                        .toList());
    }

    private static boolean latinWord(String text) {
        Matcher w = Pattern.compile("\\p{IsLatin}{2,}(\\.\\p{IsLatin}\\.)?").matcher(text);
        while (w.find()) if (!FORMAT_WORD.matcher(w.group()).matches()) return true;
        return false;
    }

    private static boolean uses(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }
}
