package org.hearth.matching;

/** A search cannot be widened yet; the message says why in words a manager can read. */
public class WideningRefused extends RuntimeException {

    public WideningRefused(String message) {
        super(message);
    }
}
