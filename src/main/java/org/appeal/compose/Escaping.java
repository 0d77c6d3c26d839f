package org.appeal.compose;

/**
 * How a template's inserted values are made literal for the text they land in. Already rendered
 * {@link Html} passes through unchanged in both.
 */
enum Escaping {
    /** The layout: values become HTML text. */
    HTML {
        @Override
        String escape(String value) {
            return HtmlEscaper.escape(value);
        }
    },
    /**
     * The Markdown body: a backslash before every ASCII punctuation character keeps a value from
     * becoming emphasis, a link or raw HTML; CommonMark then escapes it for HTML itself.
     */
    MARKDOWN {
        @Override
        String escape(String value) {
            StringBuilder out = new StringBuilder(value.length() + 8);
            value.chars().forEach(c -> {
                if (c < 128 && isPunctuation((char) c)) {
                    out.append('\\');
                }
                out.append((char) c);
            });
            return out.toString();
        }
    };

    abstract String escape(String value);

    private static boolean isPunctuation(char c) {
        return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
