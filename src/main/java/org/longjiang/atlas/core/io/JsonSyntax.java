package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.longjiang.atlas.core.i18n.Message;

/**
 * What a JSON syntax error is, in the reader's language. The parser says it in English only and in
 * its own terms ("was expecting double-quote to start field name"); the common errors are said here
 * in the atlas's words, naming the character or word at fault. A rare one keeps the parser's words.
 */
final class JsonSyntax {
    private static final Pattern CODE = Pattern.compile("\\(code (\\d+)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");

    private JsonSyntax() {}

    static Message why(JsonProcessingException e) {
        String text = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || text.startsWith("Unexpected end-of-input"))
            return Message.of("problem.json.end");
        Matcher token = TOKEN.matcher(text);
        if (token.find()) return Message.of("problem.json.token", Values.quote(token.group(1)));
        Matcher close = CLOSE.matcher(text);
        if (close.find()) return Message.of("problem.json.close", Values.quote(close.group(1)));
        if (text.startsWith("Invalid numeric value")) return Message.of("problem.json.number");
        Matcher code = CODE.matcher(text);
        if (code.find()) {
            Object c = Values.quote(Character.toString(Integer.parseInt(code.group(1))));
            if (text.startsWith("Illegal unquoted character")) return Message.of("problem.json.control", c);
            if (text.startsWith("Unrecognized character escape")) return Message.of("problem.json.escape", c);
            if (text.contains("in numeric value")) return Message.of("problem.json.inNumber", c);
            if (text.contains("double-quote to start field name")) return Message.of("problem.json.key", c);
            if (text.contains("comma to separate")) return Message.of("problem.json.comma", c);
            if (text.contains("expected a valid value")) return Message.of("problem.json.value", c);
            return Message.of("problem.json.character", c);
        }
        return Message.of("problem.json.other", text.lines().findFirst().orElse(""));
    }
}
