package org.appeal.cli;

import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.store.db.StoreException;
import org.appeal.store.db.BusyWait;
import org.appeal.store.db.Dialect;
import org.appeal.store.db.WorkspaceBusyException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.appeal.domain.CampaignData;
import org.appeal.store.db.CampaignStore;

/**
 * {@code --workspace PATH-OR-URL}: an SQLite file (default {@code ~/.local/share/appeal/workspace.db})
 * or a team's PostgreSQL database as a JDBC URL. PostgreSQL credentials come from the URL
 * ({@code ?user=…&password=…}) or from {@code PGUSER}/{@code PGPASSWORD}, so they stay out of
 * shell history.
 */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "PATH-OR-URL",
            description = "workspace: an SQLite file or jdbc:postgresql://host/db (default: ~/.local/share/appeal/workspace.db)")
    String workspace;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "while another Appeal is writing to the workspace, wait this long for it to finish before "
                    + "giving up (default: ${DEFAULT-VALUE})")
    long waitSeconds;

    private final Map<String, String> environment;

    WorkspaceOption() {
        this(System.getenv());
    }

    WorkspaceOption(Map<String, String> environment) {
        this.environment = environment;
    }

    WorkspaceLocation location() {
        if (workspace == null) {
            return WorkspaceLocation.defaultSqlite();
        }
        WorkspaceLocation parsed = WorkspaceLocation.parse(workspace);
        if (workspace.startsWith("jdbc:postgresql:") && environment.containsKey("PGUSER")) {
            return WorkspaceLocation.postgres(workspace, environment.get("PGUSER"), environment.get("PGPASSWORD"));
        }
        return parsed;
    }

    /** The files of an SQLite workspace (the database and SQLite's companions beside it); none for a server. */
    List<Path> files() {
        try {
            return location().sqliteFile().map(db -> List.of(db, Path.of(db + "-wal"), Path.of(db + "-shm"),
                    Path.of(db + "-journal"))).orElse(List.of());
        } catch (IllegalArgumentException e) {
            return List.of(); // not a usable location: opening it says why
        }
    }

    private Workspace opened;

    /**
     * Opens an existing workspace once per command (bringing its schema up to date). A workspace
     * that is not there is bad input, not a new empty one: a mistyped {@code --workspace} must not
     * leave a database behind and report "no campaign".
     */
    Workspace open() throws BadInput {
        return open(false);
    }

    /** Opens the workspace, creating it (and its folder) when it does not exist yet: for importing a campaign. */
    Workspace openOrCreate() throws BadInput {
        return open(true);
    }

    private Workspace open(boolean create) throws BadInput {
        if (opened != null) {
            return opened;
        }
        if (waitSeconds < 0) {
            throw new BadInput("--wait must be 0 or more seconds, not " + waitSeconds);
        }
        WorkspaceLocation location;
        try {
            location = location();
        } catch (IllegalArgumentException e) {
            throw new BadInput("--workspace " + workspace + ": " + e.getMessage());
        }
        Optional<Path> file = location.sqliteFile();
        if (file.isPresent()) {
            checkFile(file.get(), create);
        } else if (location.dialect() == Dialect.SQLITE) {
            // In memory, each connection would see a database of its own, gone when the command ends.
            throw new BadInput("--workspace " + workspace + ": give an SQLite workspace as a file path");
        }
        try {
            opened = Workspace.open(location, BusyWait.ofSeconds(waitSeconds));
            return opened;
        } catch (WorkspaceBusyException e) {
            throw new BadInput(e.getMessage());
        } catch (StoreException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new BadInput("cannot open the workspace " + location.displayName() + ": " + why);
        }
    }

    /** An empty file (as "touch" leaves it) is a workspace not set up yet: importing a bundle makes it one. */
    private static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** One clear line for a workspace path that is not a workspace, before SQLite and Flyway say it less clearly. */
    private static void checkFile(Path file, boolean create) throws BadInput {
        if (Files.isDirectory(file)) {
            throw new BadInput("the workspace " + file + " is a folder, not a workspace file");
        }
        if (!Files.exists(file) || isEmptyFile(file)) {
            if (!create) {
                throw new BadInput((Files.exists(file) ? file + " is empty, not yet a workspace" : "no workspace at " + file)
                        + " (import a campaign bundle with 'appeal import bundle' to create one, or name another with "
                        + "--workspace)");
            }
            for (Path up = file.getParent(); up != null; up = up.getParent()) {
                if (Files.exists(up) && !Files.isDirectory(up)) {
                    throw new BadInput("cannot create the workspace " + file + ": " + up + " is a file, not a folder");
                }
            }
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInput("the workspace " + file + " is not a regular file");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw FileProblem.cannotRead(file, e);
        }
        if (!Arrays.equals(start, SQLITE_HEADER)) {
            throw new BadInput(file + " is not an Appeal workspace (it is not an SQLite database)");
        }
    }

    /** A campaign of the workspace, or bad input naming the campaign and the workspace. */
    CampaignData campaign(String campaignId) throws BadInput {
        try {
            return new CampaignStore(open()).load(campaignId);
        } catch (NoSuchElementException e) {
            throw noSuchCampaign(campaignId);
        }
    }

    BadInput noSuchCampaign(String campaignId) {
        return new BadInput("no campaign '" + campaignId + "' in the workspace " + displayName());
    }

    /** The workspace as messages name it: its file, or its URL without a password. */
    String displayName() {
        try {
            return location().displayName();
        } catch (IllegalArgumentException e) {
            return workspace;
        }
    }
}
