package org.appeal.compose;

/**
 * Which archival standard a rendered PDF follows. Letters are PDF/A so that they still display
 * the same decades from now (every font embedded, device-independent colour, metadata in XMP).
 */
public enum Archival {
    /** PDF/A-2, level A (tagged, text as Unicode). The default for everything that leaves Appeal. */
    PDF_A_2,
    /** PDF/A-3, level A, with the signatory list as of the letter's as-of date attached as {@code signatories.csv}. */
    PDF_A_3_WITH_SIGNATORIES,
    /** A plain PDF, for whoever asks for one ({@code --pdfa none}). */
    NONE
}
