package org.readout.extract.perspective;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Outlet;
import org.readout.extract.person.People;
import org.readout.model.Event;

/**
 * Whose government's account a text is. An outlet that reports for a world audience gives no state's account. A
 * national outlet (state media, a ministry, the national press) gives its state's when that state took part (or
 * when the text reports no meeting and names that state). Else the account is that of the side whose officials the
 * text names bare, else that of the government the text cites for it ("the Russian presidency said in a statement",
 * "according to the State Department"); null for an independent or unclear account.
 */
public final class PerspectiveResolver {
    private final CountryForms forms;
    private final CitedSources cited;
    private final BareOfficials bare;

    public PerspectiveResolver(Knowledge knowledge) {
        this.forms = new CountryForms(knowledge);
        this.cited = new CitedSources(knowledge, forms);
        this.bare = new BareOfficials(forms);
    }

    /** The account of a text the pipeline cannot read (another language): a national outlet's state's, if any. */
    public String resolveByOutlet(DocumentHeader header) {
        Outlet outlet = header.outlet();
        return outlet != null && outlet.speaksForItsState() ? outlet.country() : null;
    }

    /** @param story the text with what is not story blanked (offsets as in the document) */
    public String resolve(DocumentHeader header, List<Event> events, People people, String story) {
        Set<String> sides = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        events.forEach(e -> e.participants().forEach(p -> {
            names.add(p.name());
            if (p.country() != null) {
                sides.add(p.country());
            }
        }));
        Outlet outlet = header.outlet();
        if (outlet != null && !outlet.speaksForItsState()) {
            return null;
        }
        if (outlet != null && outlet.country() != null && (sides.isEmpty()
                ? "government".equals(outlet.kind()) || concerns(story, outlet.country()) : sides.contains(outlet.country()))) {
            return outlet.country();
        }
        return bare.side(people, names, story)
                .or(() -> cited.find(story).stream().map(CitedSources.Source::country).filter(Objects::nonNull)
                        .filter(c -> sides.isEmpty() || sides.contains(c)).findFirst())
                .orElse(null);
    }

    // A text that reports no meeting is its outlet's state's account when it is the government's own page, when it
    // names that state, or when it names no state the country list can read (a text in another script).
    private boolean concerns(String story, String country) {
        return forms.within(story, country).isPresent() || forms.within(story, null).isEmpty();
    }
}
