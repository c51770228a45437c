package org.readout.extract.person;

import java.util.List;
import org.readout.model.Span;

/**
 * A name found in one sentence, before persons are merged.
 *
 * @param nameTokens the name's words, honorifics removed
 * @param country    alpha-3 the mention itself gives ("Vietnamese", "of Canada"), or null
 * @param titled     a title or honorific stands with the name
 */
record NameCandidate(int sentence, Span span, List<String> nameTokens, String country, List<String> roles,
                     boolean titled) {
    NameCandidate {
        nameTokens = List.copyOf(nameTokens);
        roles = List.copyOf(roles);
    }
}
