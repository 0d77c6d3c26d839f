package org.appeal.compose;

import org.apache.velocity.runtime.parser.node.ASTAddNode;
import org.apache.velocity.runtime.parser.node.ASTAndNode;
import org.apache.velocity.runtime.parser.node.ASTElseIfStatement;
import org.apache.velocity.runtime.parser.node.ASTExpression;
import org.apache.velocity.runtime.parser.node.ASTIfStatement;
import org.apache.velocity.runtime.parser.node.ASTNotNode;
import org.apache.velocity.runtime.parser.node.ASTOrNode;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Puts the guarded nodes into a freshly parsed template, before Velocity initialises it: every
 * {@code +} becomes a {@link TextJoin} and every quoted string a {@link InterpolatedText}. These are
 * the two places where Velocity turns a value into text without printing it, so the only ones the
 * printing checks would not see. A reference that an {@code #if} or {@code #elseif} tests becomes a
 * {@link TestedReference}: the one place where Velocity takes an unknown name silently.
 */
final class GuardedNodes {
    private GuardedNodes() {
    }

    static void install(SimpleNode root) {
        for (int i = 0; i < root.jjtGetNumChildren(); i++) {
            Node child = root.jjtGetChild(i);
            SimpleNode replacement = child instanceof ASTAddNode add && !(child instanceof TextJoin) ? new TextJoin(add)
                    : child instanceof ASTStringLiteral s && !(child instanceof InterpolatedText) ? new InterpolatedText(s)
                    : child instanceof ASTReference r && !(child instanceof TestedReference) && tested(root)
                            ? new TestedReference(r)
                    : null;
            if (replacement != null) {
                graft(child, replacement, root, i);
                child = replacement;
            }
            if (child instanceof SimpleNode node) {
                install(node);
            }
        }
    }

    /**
     * Whether a reference under {@code parent} is what a condition tests: the condition itself, or
     * a side of its {@code !}, {@code &&} and {@code ||} (a compared reference has its own checks).
     */
    private static boolean tested(Node parent) {
        Node node = parent;
        while (node instanceof ASTNotNode || node instanceof ASTAndNode || node instanceof ASTOrNode) {
            node = node.jjtGetParent();
        }
        return node instanceof ASTExpression && (node.jjtGetParent() instanceof ASTIfStatement
                || node.jjtGetParent() instanceof ASTElseIfStatement);
    }

    /** Puts {@code replacement}, a copy of {@code original}'s own state, in its place in the tree. */
    private static void graft(Node original, SimpleNode replacement, SimpleNode parent, int index) {
        for (int i = 0; i < original.jjtGetNumChildren(); i++) {
            Node grandchild = original.jjtGetChild(i);
            replacement.jjtAddChild(grandchild, i);
            grandchild.jjtSetParent(replacement);
        }
        replacement.jjtSetParent(parent);
        parent.jjtAddChild(replacement, index);
    }
}
