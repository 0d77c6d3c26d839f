package org.appeal.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;

/**
 * Prints exactly the PDF that would be exported, through the system print dialog: what is
 * printed and what is sent cannot differ.
 */
public final class PdfPrinter {
    /** @return false when the user cancelled the print dialog */
    public boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
