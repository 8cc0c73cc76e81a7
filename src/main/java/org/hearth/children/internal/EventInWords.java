package org.hearth.children.internal;

import org.hearth.children.JourneyEvent;

/**
 * An event and its date as words in a message: "the placement order (4 March 2026)".
 */
final class EventInWords {

    private EventInWords() {
    }

    static String inSentence(JourneyEvent event) {
        return event.type().inSentence() + " (" + DisplayDate.of(event.date()) + ")";
    }

    static String atSentenceStart(JourneyEvent event) {
        return event.type().atSentenceStart() + " (" + DisplayDate.of(event.date()) + ")";
    }
}
