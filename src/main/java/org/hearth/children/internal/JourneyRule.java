package org.hearth.children.internal;

import java.util.Optional;

import org.hearth.children.Birth;

/**
 * One rule that a child's effective journey events must keep. A broken rule gives a message a
 * social worker can read, naming the events and their dates.
 */
public interface JourneyRule {

    Optional<String> check(JourneyEvents events, Birth birth);
}
