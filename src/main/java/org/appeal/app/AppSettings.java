package org.appeal.app;

import java.util.List;

/**
 * What the app remembers between starts.
 *
 * @param workspace        the workspace last used (path or JDBC URL), empty for the default
 * @param recentWorkspaces most recent first, at most {@link #MAX_RECENT}
 * @param language         UI language tag ("en", "ko"), empty for the system's
 * @param exportFolder     the folder of the last export, empty before the first
 * @param certificate      the certificate file last signed with (never its password), empty before the first
 */
public record AppSettings(double windowWidth, double windowHeight, String workspace, List<String> recentWorkspaces,
                          String lastCampaign, String language, String exportFolder, String certificate) {
    public static final int MAX_RECENT = 8;
    public static final AppSettings DEFAULTS = new AppSettings(1280, 820, "", List.of(), "", "");

    public AppSettings {
        workspace = workspace == null ? "" : workspace;
        recentWorkspaces = List.copyOf(recentWorkspaces);
        lastCampaign = lastCampaign == null ? "" : lastCampaign;
        language = language == null ? "" : language;
        exportFolder = exportFolder == null ? "" : exportFolder;
        certificate = certificate == null ? "" : certificate;
    }

    /** Settings before any export or signature. */
    public AppSettings(double windowWidth, double windowHeight, String workspace, List<String> recentWorkspaces,
                       String lastCampaign, String language) {
        this(windowWidth, windowHeight, workspace, recentWorkspaces, lastCampaign, language, "", "");
    }

    public AppSettings withWindow(double width, double height) {
        return new AppSettings(width, height, workspace, recentWorkspaces, lastCampaign, language, exportFolder,
                certificate);
    }

    public AppSettings withExportFolder(String folder) {
        return new AppSettings(windowWidth, windowHeight, workspace, recentWorkspaces, lastCampaign, language, folder,
                certificate);
    }

    public AppSettings withCertificate(String file) {
        return new AppSettings(windowWidth, windowHeight, workspace, recentWorkspaces, lastCampaign, language,
                exportFolder, file);
    }

    public AppSettings withWorkspace(String newWorkspace) {
        List<String> recent = new java.util.ArrayList<>(recentWorkspaces);
        recent.remove(newWorkspace);
        recent.add(0, newWorkspace);
        return new AppSettings(windowWidth, windowHeight, newWorkspace,
                recent.subList(0, Math.min(MAX_RECENT, recent.size())), lastCampaign, language, exportFolder, certificate);
    }

    public AppSettings withLastCampaign(String campaign) {
        return new AppSettings(windowWidth, windowHeight, workspace, recentWorkspaces, campaign, language, exportFolder,
                certificate);
    }

    public AppSettings withLanguage(String tag) {
        return new AppSettings(windowWidth, windowHeight, workspace, recentWorkspaces, lastCampaign, tag, exportFolder,
                certificate);
    }
}
