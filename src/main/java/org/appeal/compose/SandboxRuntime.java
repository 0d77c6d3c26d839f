package org.appeal.compose;

import org.apache.velocity.Template;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;

import java.io.Reader;

/**
 * Velocity's runtime, with {@link GuardedNodes} put into every template it parses: layouts,
 * partials, letter bodies and the quoted strings inside them.
 */
final class SandboxRuntime extends RuntimeInstance {
    @Override
    public SimpleNode parse(Reader reader, Template template) throws ParseException {
        SimpleNode root = super.parse(reader, template);
        GuardedNodes.install(root);
        return root;
    }
}
