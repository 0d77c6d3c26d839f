package org.appeal.compose;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.parser.node.ASTAddNode;

/**
 * Velocity's {@code +}, which joins text by turning the other side into text with
 * {@code toString()}: {@code "Dear " + $addressee} would put a Java record into the letter. Here
 * {@code +} joins text and numbers only, anything else is a blocking problem, and the text it
 * builds counts against the pass's {@link WorkBudget}, so text that doubles stops.
 */
final class TextJoin extends ASTAddNode {
    /** The two sides as written and where they stand, kept while the parser's tokens are there (Velocity drops them). */
    private final String[] sides = new String[2];
    private final int[][] positions = new int[2][];

    TextJoin(ASTAddNode original) {
        super(original.getType());
        parser = original.getParser();
        template = original.getTemplate();
        first = original.getFirstToken();
        last = original.getLastToken();
        setInfo(original.getInfo());
        for (int side = 0; side < Math.min(2, original.jjtGetNumChildren()); side++) {
            sides[side] = original.jjtGetChild(side).literal();
            org.apache.velocity.runtime.parser.Token token = original.jjtGetChild(side).getFirstToken();
            positions[side] = token == null ? null : new int[] {token.beginLine, token.beginColumn};
        }
    }

    @Override
    protected Object handleSpecial(Object left, Object right, InternalContextAdapter context) {
        // With no text on either side, + adds numbers (Velocity's own arithmetic) or is refused below.
        boolean joinsText = left instanceof String || right instanceof String;
        for (int side = 0; side < 2; side++) {
            Object value = side == 0 ? left : right;
            if (value != null && !(value instanceof String) && !(value instanceof Number)) {
                String literal = sides[side] == null ? "the value" : sides[side];
                String message = TemplateValues.printable(value)
                        ? "`" + TemplateValues.plain(literal) + "` is formatted text: write it next to the other"
                                + " text rather than joining them with `+`"
                        : TemplateValues.notText(literal, value) + (joinsText ? " (`+` joins only text and numbers)"
                                : " (`+` adds numbers and joins text, nothing else)");
                int[] at = positions[side] == null ? new int[] {getLine(), getColumn()} : positions[side];
                Problem problem = Problem.blocking(getTemplateName(), at[0], at[1], message);
                GuardedContext.of(context).ifPresentOrElse(g -> g.report(problem), () -> {
                    throw new TemplateRefusal(problem);
                });
                return "";
            }
        }
        Object joined = super.handleSpecial(left, right, context);
        if (joined instanceof String text) {
            int[] at = positions[0] == null ? new int[] {getLine(), getColumn()} : positions[0];
            GuardedContext.of(context).ifPresent(g -> g.budget().characters(text.length(),
                    () -> new TemplatePosition(getTemplateName(), at[0], at[1])));
        }
        return joined;
    }
}
