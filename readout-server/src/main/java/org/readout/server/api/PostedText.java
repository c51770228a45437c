package org.readout.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A document posted as JSON: its text and what the caller knows about it. Only {@code text} is required.
 *
 * @param name what to call it (the record's doc); "posted.txt" when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PostedText(String text, String name, String url, String title, LocalDate published) {
}
