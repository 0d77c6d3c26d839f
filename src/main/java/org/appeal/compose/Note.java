package org.appeal.compose;

/** A numbered note of a letter: its number as printed beside the reference, and its text. */
record Note(int number, Html text) {
}
