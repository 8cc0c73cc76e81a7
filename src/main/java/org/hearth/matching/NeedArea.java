package org.hearth.matching;

/**
 * The areas in which a child's needs are described for matching, and in which a household's
 * approval says how much it can meet. They follow the headings of the child's permanence report
 * and of the prospective adopter's report that family finders compare.
 */
public enum NeedArea {
    /** Health conditions needing treatment, appointments or care: for example a heart condition or epilepsy. */
    PHYSICAL_HEALTH("physical health"),
    /** Learning and cognitive development: a learning difficulty, delayed speech, extra help at school. */
    LEARNING("learning"),
    /** Emotional wellbeing and behaviour that needs a therapeutic response. */
    EMOTIONAL_AND_BEHAVIOURAL("emotional and behavioural"),
    /**
     * What is not yet known about how the child will develop: for example exposure to alcohol or
     * drugs before birth, a parent's inherited condition, a very young child not yet assessed.
     */
    DEVELOPMENTAL_UNCERTAINTY("developmental uncertainty"),
    /** A disability (the CIN census disability codes), its care and adaptations. */
    DISABILITY("disability"),
    /** The effects of early trauma, neglect and broken attachments. */
    TRAUMA_AND_ATTACHMENT("trauma and attachment");

    private final String words;

    NeedArea(String words) {
        this.words = words;
    }

    /** The area in words for a sentence, for example "emotional and behavioural". */
    public String words() {
        return words;
    }
}
