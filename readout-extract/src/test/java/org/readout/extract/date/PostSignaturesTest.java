package org.readout.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.date.PostSignatures.Signature;
import org.readout.extract.text.SentenceSplitter;

class PostSignaturesTest {
    private static final String STORY = "ROME, March 3 -- The ministers met in Rome.\n\n"
            + "Good talks with my friend @FMItaly today on trade and energy.\n\n"
            + "pic.twitter.com/abc123 — Jane Doe (@JaneDoeFM) March 1, 2024\n\n"
            + "The ministry said the visit will continue.\n";

    private static SentenceSplitter splitter;

    @BeforeAll
    static void load() {
        splitter = new SentenceSplitter();
    }

    @Test
    void findsThePostDateAfterTheHandle() {
        List<Signature> found = new PostSignatures().find(splitter.split(STORY));

        assertThat(found).extracting(Signature::date).containsExactly(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aWordInsideThePostTakesThePostsDate() {
        List<Signature> found = new PostSignatures().find(splitter.split(STORY));
        int today = STORY.indexOf("today");

        assertThat(PostSignatures.postDate(found, today)).contains(LocalDate.of(2024, 3, 1));
    }

    @Test
    void textAfterThePostIsNotPartOfIt() {
        List<Signature> found = new PostSignatures().find(splitter.split(STORY));

        assertThat(PostSignatures.postDate(found, STORY.indexOf("will continue"))).isEmpty();
    }

    @Test
    void aHandleWithoutADateIsNoSignature() {
        assertThat(new PostSignatures().find(splitter.split("Thanks to (@JaneDoeFM) for the talks.\n"))).isEmpty();
    }
}
