package org.hearth.matching;

/**
 * A change to a link was refused because it would break a rule. The message can be shown to the
 * social worker as it is; the field names the form field it belongs to.
 */
public class LinkRuleBroken extends RuntimeException {

    private final String field;

    public LinkRuleBroken(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
