package org.readout.synthetic;

import java.util.List;

/** A sentence pattern with its slots still in braces; {@code kind} is a meeting mode or a statement kind. */
record Pattern(String kind, List<String> topics, String text) {
    Pattern {
        topics = List.copyOf(topics);
    }

    boolean isMeeting() {
        return switch (kind) {
            case "visit", "third", "phone", "video" -> true;
            default -> false;
        };
    }
}
