package org.hearth.children;

import java.util.List;

/**
 * A change to a child's journey was refused because it would break one or more rules. Each
 * message can be shown to the social worker as it is, for example in a GOV.UK error summary.
 */
public class JourneyRuleBroken extends RuntimeException {

    private final List<String> messages;

    public JourneyRuleBroken(List<String> messages) {
        super(String.join("; ", requireSome(messages)));
        this.messages = List.copyOf(messages);
    }

    public JourneyRuleBroken(String message) {
        this(List.of(message));
    }

    private static List<String> requireSome(List<String> messages) {
        if (messages == null || messages.isEmpty()) {
            throw new IllegalArgumentException("A broken journey rule needs at least one message");
        }
        return messages;
    }

    public List<String> messages() {
        return messages;
    }
}
