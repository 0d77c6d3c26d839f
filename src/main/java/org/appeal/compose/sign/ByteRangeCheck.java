package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfString;

import java.util.Arrays;

/**
 * Whether a signature signs its whole revision: its byte range starts at the file's first byte,
 * leaves exactly one gap, that gap holds nothing but its own signature value (the hex string of
 * /Contents), and it ends where its revision ends. A signature over less than that leaves bytes
 * that can be changed without breaking it (signature wrapping).
 */
final class ByteRangeCheck {
    private ByteRangeCheck() {
    }

    /** The byte range as four offsets, once it has passed {@link #problem}. */
    record Range(long start, long gapStart, long gapEnd, long end) {
    }

    /** Why {@code byteRange} is not a proper signature range over {@code pdf}, or null when it is. */
    static String problem(PdfArray byteRange, PdfString contents, byte[] pdf) {
        if (byteRange == null) {
            return "it has no byte range (/ByteRange), so it signs nothing";
        }
        long[] numbers = new long[byteRange.size()];
        for (int i = 0; i < numbers.length; i++) {
            PdfObject entry = byteRange.get(i);
            if (!(entry instanceof PdfNumber number) || number.doubleValue() < 0
                    || number.doubleValue() != Math.floor(number.doubleValue())) {
                return "its byte range is not a list of file offsets";
            }
            numbers[i] = number.longValue();
        }
        if (numbers.length != 4) {
            return "its byte range has " + numbers.length + " numbers instead of 4: a signature must sign the whole"
                    + " file but its own value";
        }
        if (numbers[0] != 0) {
            return "its byte range starts at byte " + numbers[0] + ", not at the start of the file";
        }
        long gapStart = numbers[1];
        long gapEnd = numbers[2];
        long end = numbers[2] + numbers[3];
        if (gapStart <= 0 || gapEnd <= gapStart || numbers[3] <= 0) {
            return "its byte range " + Arrays.toString(numbers) + " signs nothing, or its parts overlap";
        }
        if (end > pdf.length) {
            return "its byte range claims bytes beyond the end of the file";
        }
        if (contents == null || !isHexString(pdf, gapStart, gapEnd, contents.getValueBytes())) {
            return "the gap in its byte range (bytes " + gapStart + " to " + gapEnd + ") holds more than its own"
                    + " signature value";
        }
        return null;
    }

    static Range range(PdfArray byteRange) {
        long[] n = byteRange.toLongArray();
        return new Range(n[0], n[1], n[2], n[2] + n[3]);
    }

    // The gap must be "<" + the hex digits of /Contents (its zero padding included) + ">", nothing else.
    private static boolean isHexString(byte[] pdf, long from, long to, byte[] value) {
        if (to - from != 2L * value.length + 2 || pdf[(int) from] != '<' || pdf[(int) to - 1] != '>') {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            int high = Character.digit(pdf[(int) from + 1 + 2 * i], 16);
            int low = Character.digit(pdf[(int) from + 2 + 2 * i], 16);
            if (high < 0 || low < 0 || (byte) (high << 4 | low) != value[i]) {
                return false;
            }
        }
        return true;
    }
}
