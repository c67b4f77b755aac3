package org.geokg.extract;

import java.util.List;

/**
 * A place where a known form occurs: tokens {@code [first, last)} and the forms written there (usually
 * one; several when a form is ambiguous between actors).
 */
record Mention(int first, int last, List<Form> forms) {

    Mention {
        forms = List.copyOf(forms);
        if (forms.isEmpty() || last <= first) {
            throw new IllegalArgumentException("a mention has tokens and at least one form");
        }
    }

    Form form() {
        return forms.get(0);
    }
}
