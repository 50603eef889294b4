package stepwise.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import stepwise.model.edit.TextEdit;

/** Find and replace over a text: plain or regular expression, with case and whole-word options. */
public record TextSearch(String query, boolean matchCase, boolean wholeWord, boolean regex) {

    /** A match: where it is and, for Replace, what it becomes. */
    public record Match(int start, int end) {
    }

    /** The pattern this search looks for, or null when the query is empty. */
    public Pattern pattern() throws PatternSyntaxException {
        if (query.isEmpty()) {
            return null;
        }
        String body = regex ? query : Pattern.quote(query);
        if (wholeWord) {
            body = "\\b(?:" + body + ")\\b";
        }
        return Pattern.compile(body, (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) | Pattern.MULTILINE);
    }

    /** Every match in {@code text}, at most {@code limit}. */
    public List<Match> findAll(CharSequence text, int limit) {
        List<Match> out = new ArrayList<>();
        Pattern p = pattern();
        if (p == null) {
            return out;
        }
        Matcher m = p.matcher(text);
        while (m.find() && out.size() < limit) {
            if (m.end() == m.start()) {
                if (m.end() >= text.length()) {
                    break;
                }
                continue;
            }
            out.add(new Match(m.start(), m.end()));
        }
        return out;
    }

    /** What the match at {@code match} is replaced with ({@code $1} groups work with regular expressions). */
    public String replacement(CharSequence text, Match match, String replaceWith) {
        if (!regex) {
            return replaceWith;
        }
        Matcher m = pattern().matcher(text);
        if (m.find(match.start()) && m.start() == match.start()) {
            StringBuilder sb = new StringBuilder();
            m.appendReplacement(sb, replaceWith); // appends text[0, start) then the replacement
            return sb.substring(match.start());
        }
        return replaceWith;
    }

    /** The edits that replace every match in {@code text}. */
    public List<TextEdit> replaceAll(CharSequence text, String replaceWith) {
        List<TextEdit> edits = new ArrayList<>();
        for (Match m : findAll(text, Integer.MAX_VALUE)) {
            edits.add(new TextEdit(m.start(), m.end(), replacement(text, m, replaceWith)));
        }
        return edits;
    }
}
