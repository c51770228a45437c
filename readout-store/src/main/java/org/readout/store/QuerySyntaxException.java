package org.readout.store;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * A search query that Lucene's syntax cannot read, said so that a person can mend it: at which character, what
 * is wrong, and how to search for a special character as itself.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final String HOW = "; balance quotes and brackets, or put \\ before a special character"
            + " (+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /) to search for it as itself";

    private final int position;

    private QuerySyntaxException(String message, int position) {
        super(message + HOW);
        this.position = position;
    }

    /** Where the query cannot be read, counted in characters from 1; 0 when the parser does not say. */
    public int position() {
        return position;
    }

    static QuerySyntaxException of(String query, ParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            Token next = p.currentToken.next;
            if (next.kind == QueryParserConstants.EOF) {
                return new QuerySyntaxException("the query ends at character " + (query.length() + 1)
                        + " where more is needed (a bracket left open, or AND, OR or NOT with nothing after it)", query.length() + 1);
            }
            int at = next.beginColumn + 1; // the parser counts from 0 on the query's one line
            return new QuerySyntaxException("cannot read the query at character " + at + ", '" + next.image + "'", at);
        }
        if (cause instanceof TokenMgrError) {
            int quote = unclosed(query, '"');
            int at = quote >= 0 ? quote : unclosed(query, '/');
            return at < 0 ? new QuerySyntaxException("cannot read the query", 0)
                    : new QuerySyntaxException("cannot read the query at character " + (at + 1) + ": the " + query.charAt(at)
                            + " there is never closed", at + 1);
        }
        int wildcard = leadingWildcard(query);
        if (wildcard >= 0) { // the one refusal of the parser that has no token
            return new QuerySyntaxException("cannot read the query at character " + (wildcard + 1) + ": a word cannot start with "
                    + query.charAt(wildcard), wildcard + 1);
        }
        return new QuerySyntaxException("cannot read the query", 0);
    }

    /** A field the index does not have ("Note: talks" reads as the field Note), which would find nothing without a word. */
    static QuerySyntaxException unknownField(String query, String field, String searched) {
        int at = query.indexOf(field + ":") + 1;
        return new QuerySyntaxException("cannot read the query at character " + at + ": there is no field '" + field
                + "' to search (" + searched + " are)", at);
    }

    /** The index of a * or ? that starts a word, -1 if none does. */
    private static int leadingWildcard(String query) {
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            boolean wordStart = i == 0 || " \t\n(+-!\"".indexOf(query.charAt(i - 1)) >= 0;
            if ((c == '*' || c == '?') && wordStart) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last opening {@code mark} that is not escaped and not closed; -1 if every one is closed. */
    private static int unclosed(String query, char mark) {
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == mark) {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }
}
