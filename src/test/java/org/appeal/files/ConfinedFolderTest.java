package org.appeal.files;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A name leads to a file inside its folder, links followed, or is refused saying why. */
class ConfinedFolderTest {
    @TempDir
    Path temp;

    private Path root;
    private Path outside;
    private ConfinedFolder folder;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectories(temp.resolve("bundle"));
        outside = Files.writeString(temp.resolve("secret.txt"), "someone else's file\n");
        Files.writeString(root.resolve("letter.md"), "Body.\n");
        Files.createDirectories(root.resolve("sources"));
        Files.writeString(root.resolve("sources/a.txt"), "¶ 1\nText.\n");
        folder = ConfinedFolder.of(root, "the bundle folder");
    }

    @Test
    void aFileInsideIsFoundAsItsRealPath() throws Exception {
        assertThat(folder.file("letter.md")).isEqualTo(root.toRealPath().resolve("letter.md"));
        assertThat(folder.file("sources/a.txt")).isEqualTo(root.toRealPath().resolve("sources/a.txt"));
        assertThat(folder.file("sources/../letter.md")).isEqualTo(root.toRealPath().resolve("letter.md"));
    }

    @Test
    void dotDotOutOfTheFolderIsRefused() {
        refused("../secret.txt", PathRefused.Reason.OUTSIDE, "'../secret.txt' points outside the bundle folder");
        refused("sources/../../secret.txt", PathRefused.Reason.OUTSIDE, "points outside the bundle folder");
        refused("../../../../etc/passwd", PathRefused.Reason.OUTSIDE, "points outside the bundle folder");
    }

    @Test
    void anAbsolutePathIsRefusedEvenWhenItPointsInside() {
        refused(outside.toString(), PathRefused.Reason.OUTSIDE, "is an absolute path");
        refused(root.resolve("letter.md").toString(), PathRefused.Reason.OUTSIDE, "is an absolute path");
        refused("/etc/passwd", PathRefused.Reason.OUTSIDE, "is an absolute path");
    }

    @Test
    void aUrlIsNotAFileName() {
        refused("file://" + outside, PathRefused.Reason.NOT_A_NAME, "is a URL, not the name of a file in the bundle folder");
        refused("file:letter.md", PathRefused.Reason.NOT_A_NAME, "is a URL");
        refused("https://example.org/x.png", PathRefused.Reason.NOT_A_NAME, "is a URL");
    }

    @Test
    void aLinkToAFileOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("linked.md"), outside);

        refused("linked.md", PathRefused.Reason.OUTSIDE, "'linked.md' is a link (or lies in a linked folder) that leads"
                + " outside the bundle folder");
    }

    @Test
    void aFileInALinkedFolderOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("elsewhere"), temp);

        refused("elsewhere/secret.txt", PathRefused.Reason.OUTSIDE, "that leads outside the bundle folder");
        // Climbing out of a linked folder: the link is followed first, then "..".
        refused("elsewhere/bundle/../secret.txt", PathRefused.Reason.OUTSIDE, "that leads outside");
    }

    @Test
    void aRelativeLinkThatClimbsOutIsRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("sources/up.txt"), Path.of("../../secret.txt"));

        refused("sources/up.txt", PathRefused.Reason.OUTSIDE, "leads outside");
    }

    @Test
    void aLinkThatStaysInsideIsFollowed() throws Exception {
        Files.createSymbolicLink(root.resolve("body.md"), Path.of("letter.md"));
        Files.createSymbolicLink(root.resolve("texts"), Path.of("sources"));

        assertThat(folder.file("body.md")).isEqualTo(root.toRealPath().resolve("letter.md"));
        assertThat(folder.file("texts/a.txt")).isEqualTo(root.toRealPath().resolve("sources/a.txt"));
    }

    @Test
    void theFolderItselfMayBeReachedThroughALink() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("bundle-link"), root);

        ConfinedFolder linked = ConfinedFolder.of(link, "the bundle folder");

        assertThat(linked.root()).isEqualTo(root.toRealPath());
        assertThat(linked.file("letter.md")).isEqualTo(root.toRealPath().resolve("letter.md"));
    }

    @Test
    void missingFoldersAndOddNamesAreRefusedWithTheirReason() throws IOException {
        Files.createSymbolicLink(root.resolve("dangling.md"), temp.resolve("nowhere.md"));

        refused("missing.md", PathRefused.Reason.MISSING, "file 'missing.md' does not exist in the bundle folder");
        refused("dangling.md", PathRefused.Reason.MISSING, "does not exist");
        refused("sources", PathRefused.Reason.NOT_A_FILE, "'sources' is a folder, not a file");
        refused(".", PathRefused.Reason.NOT_A_FILE, "is a folder");
        refused("", PathRefused.Reason.NOT_A_NAME, "no file name given");
        refused("a\0b", PathRefused.Reason.NOT_A_NAME, "is not a usable file name");
    }

    @Test
    void withoutAFolderANameThatClimbsOutIsStillRefused() throws Exception {
        assertThat(ConfinedFolder.relativeName("images/logo.png", "the bundle folder")).isEqualTo(Path.of("images/logo.png"));
        assertThatThrownBy(() -> ConfinedFolder.relativeName("images/../../x.png", "the bundle folder"))
                .isInstanceOf(PathRefused.class).hasMessageContaining("points outside the bundle folder");
        assertThatThrownBy(() -> ConfinedFolder.relativeName("../probe/x", "the bundle folder"))
                .isInstanceOf(PathRefused.class).hasMessageContaining("points outside");
    }

    @Test
    void anAbsoluteLocationIsHeldOnlyWhenItsRealFileIsInside() throws Exception {
        Files.createSymbolicLink(root.resolve("linked.md"), outside);

        assertThat(folder.holding(root.resolve("letter.md"))).contains(root.toRealPath().resolve("letter.md"));
        assertThat(folder.holding(root.resolve("sources/../letter.md"))).isPresent();
        assertThat(folder.holding(root.resolve("linked.md"))).isEmpty();
        assertThat(folder.holding(root.resolve("../secret.txt"))).isEmpty();
        assertThat(folder.holding(outside)).isEmpty();
        assertThat(folder.holding(root.resolve("sources"))).isEmpty();
    }

    @Test
    void aFolderThatDoesNotExistCannotBeConfinedTo() {
        assertThatThrownBy(() -> ConfinedFolder.of(temp.resolve("nowhere"), "the bundle folder"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folder not found");
    }

    private void refused(String name, PathRefused.Reason reason, String message) {
        assertThatThrownBy(() -> folder.file(name)).as(name).isInstanceOfSatisfying(PathRefused.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
