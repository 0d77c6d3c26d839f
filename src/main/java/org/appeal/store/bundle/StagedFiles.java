package org.appeal.store.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Replaces several files in one folder so that a crash or a full disk never leaves a file
 * half-written: every file is first written and flushed to a hidden temporary file beside its
 * target, and only when all of them are on disk is each moved over its target with an atomic rename.
 * Files in the folder that are not in the set are left alone.
 */
final class StagedFiles {
    private StagedFiles() {
    }

    static void replaceAll(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                // A name may have a folder in it (sources/x.txt): the temporary file goes beside its target.
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
                staged.put(temp, target);
                writeFlushed(temp, file.getValue());
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Files.move(move.getKey(), move.getValue(), StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path temp : staged.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void writeFlushed(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }
}
