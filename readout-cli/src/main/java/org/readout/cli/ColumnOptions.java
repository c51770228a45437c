package org.readout.cli;

import java.util.ArrayList;
import java.util.List;
import org.readout.input.InputOptions;
import picocli.CommandLine.Option;

/** Which columns of a JSON Lines or CSV dump hold the text and its hints (a picocli mixin); unset, the defaults. */
final class ColumnOptions {
    @Option(names = "--text-column", paramLabel = "NAME", description = "A dump's text column. Default: text, content or body.")
    String text;

    @Option(names = "--url-column", paramLabel = "NAME", description = "A dump's URL column. Default: url or link.")
    String url;

    @Option(names = "--title-column", paramLabel = "NAME", description = "A dump's title column. Default: title or headline.")
    String title;

    @Option(names = "--date-column", paramLabel = "NAME", description = "A dump's date column. Default: date or published.")
    String date;

    @Option(names = "--site-column", paramLabel = "NAME", description = "A dump's outlet column. Default: source, outlet or site.")
    String site;

    InputOptions inputOptions() {
        InputOptions options = InputOptions.defaults();
        options = text == null ? options : options.withTextColumn(text);
        options = url == null ? options : options.withUrlColumn(url);
        options = title == null ? options : options.withTitleColumn(title);
        options = date == null ? options : options.withDateColumn(date);
        return site == null ? options : options.withSiteColumn(site);
    }

    /** The options to give another run of a command so that it reads dumps as this one does. */
    List<String> asArguments() {
        List<String> args = new ArrayList<>();
        add(args, "--text-column", text);
        add(args, "--url-column", url);
        add(args, "--title-column", title);
        add(args, "--date-column", date);
        add(args, "--site-column", site);
        return args;
    }

    private static void add(List<String> args, String name, String value) {
        if (value != null) {
            args.add(name);
            args.add(value);
        }
    }
}
