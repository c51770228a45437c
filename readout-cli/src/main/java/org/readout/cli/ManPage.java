package org.readout.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.readout.extract.Version;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual page of a picocli command and its subcommands in troff (man(7) macros), read from the same model
 * as their --help: one page, a section per command. picocli-codegen's generator writes AsciiDoc, which needs
 * Asciidoctor to become a page man can show; troff needs nothing.
 */
final class ManPage {
    /** A line that starts with one of these is a request to troff, not text. */
    private static final Pattern CONTROL = Pattern.compile("^[.']", Pattern.MULTILINE);

    private final CommandSpec root;

    ManPage(CommandSpec root) {
        this.root = root;
    }

    String troff() {
        StringBuilder b = new StringBuilder();
        String name = root.name();
        b.append(".TH ").append(name.toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"").append(name).append(' ')
                .append(escape(Version.get())).append("\" \"User Commands\"\n");
        b.append(".SH NAME\n").append(name).append(" \\- ").append(escape(summary(text(root.usageMessage().description())))).append('\n');
        b.append(".SH SYNOPSIS\n.B ").append(name).append("\n\\fICOMMAND\\fR [\\fIOPTION\\fR]... [\\fIARGUMENT\\fR]...\n");
        b.append(".SH DESCRIPTION\n").append(escape(text(root.usageMessage().description())))
                .append(" Each command below has its own options; \\fB").append(name)
                .append(" \\fICOMMAND\\fB \\-\\-help\\fR prints them too.\n");
        b.append(".SH COMMANDS\n");
        for (Map.Entry<String, CommandLine> sub : root.subcommands().entrySet()) {
            CommandSpec spec = sub.getValue().getCommandSpec();
            if (!spec.usageMessage().hidden() && !"help".equals(sub.getKey())) {
                command(b, spec);
            }
        }
        b.append(".SH ENVIRONMENT\n");
        definition(b, "READOUT_STORE", "The store's folder when --store is not given (else ./readout-data).");
        definition(b, "NO_COLOR", "When set and not empty, no bold or colour on a terminal (https://no-color.org).");
        definition(b, "COLUMNS", "The width tables and reports fit, instead of the terminal's.");
        exitCodes(b, root.usageMessage().exitCodeList());
        return b.toString();
    }

    private static void command(StringBuilder b, CommandSpec spec) {
        b.append(".SS \"").append(spec.qualifiedName()).append("\"\n");
        String synopsis = spec.commandLine().getHelp().synopsis(0).strip();
        b.append(".nf\n").append(escape(synopsis)).append("\n.fi\n");
        b.append(".PP\n").append(escape(text(spec.usageMessage().description()))).append('\n');
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                b.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n").append(escape(description(p))).append('\n');
            }
        }
        for (OptionSpec o : spec.options()) {
            if (!o.hidden() && !o.usageHelp() && !o.versionHelp()) {
                b.append(".TP\n\\fB").append(escape(String.join(", ", o.names()))).append("\\fR");
                if (o.arity().max() > 0) {
                    b.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
                }
                b.append('\n').append(escape(description(o))).append('\n');
            }
        }
        if (!spec.usageMessage().exitCodeList().isEmpty()) {
            b.append(".PP\nExit codes: ");
            List<String> codes = spec.usageMessage().exitCodeList().entrySet().stream()
                    .map(e -> e.getKey().strip() + " " + e.getValue()).toList();
            b.append(escape(String.join("; ", codes))).append(".\n");
        }
    }

    private static void exitCodes(StringBuilder b, Map<String, String> codes) {
        b.append(".SH EXIT STATUS\n");
        codes.forEach((code, meaning) -> definition(b, code.strip(), meaning));
    }

    private static void definition(StringBuilder b, String term, String meaning) {
        b.append(".TP\n\\fB").append(escape(term)).append("\\fR\n").append(escape(meaning)).append('\n');
    }

    /** A description as --help shows it: its default value filled in, picocli's format codes resolved. */
    private static String description(ArgSpec arg) {
        String text = text(arg.description());
        String defaultValue = arg.defaultValueString();
        return text.replace("${DEFAULT-VALUE}", defaultValue == null ? "" : defaultValue);
    }

    /** NAME's one line as man pages write it: "readout \\- turns diplomatic readouts into structured records". */
    private static String summary(String description) {
        String line = description.endsWith(".") ? description.substring(0, description.length() - 1) : description;
        return line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }

    private static String text(String[] lines) {
        return String.join(" ", lines).replace("%n", "\n").replace("%%", "%").strip();
    }

    /** Backslashes and hyphens as troff writes them; a line that would read as a request starts with \&. */
    private static String escape(String s) {
        String escaped = s.replace("\\", "\\e").replace("-", "\\-");
        return CONTROL.matcher(escaped).replaceAll("\\\\&$0");
    }
}
