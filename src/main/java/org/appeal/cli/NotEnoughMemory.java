package org.appeal.cli;

/**
 * What the command line says when a job needs more memory than the JVM may take: the launcher caps
 * the heap (packaging/java-options), and a letter with a very long list, or a huge import, can need
 * more. Said in one line with what to do, instead of Java's error and a stack trace; nothing was
 * written, since every file is written whole at the end.
 */
final class NotEnoughMemory {
    private NotEnoughMemory() {
    }

    static String message(long maxHeapBytes) {
        long megabytes = maxHeapBytes / (1024 * 1024);
        return "appeal: not enough memory: this job needs more than the " + megabytes + " MB the command line may use,"
                + " and nothing was written. Run it again with more, e.g. APPEAL_JAVA_OPTIONS=-Xmx2g ./appeal ...";
    }

    /** Whether the failure, or what caused it, is the JVM running out of memory. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
