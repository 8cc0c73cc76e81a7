package org.hearth.matching.internal;

import java.util.List;

/** Joins words the way a sentence does: a; a and b; a, b and c. */
final class Words {

    private Words() {
    }

    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

}
