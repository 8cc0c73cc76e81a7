package org.hearth.children;

/**
 * A problem with an import file, where the person can find it.
 *
 * @param row the row as a spreadsheet shows it (the header is row 1); 0 for the file as a whole
 * @param column the column's name, or null for the whole row
 * @param message what is wrong and how to put it right
 */
public record ImportError(int row, String column, String message) {
}
