package org.readout.cli;

/** The output formats of the analysis commands: an aligned table for a person, JSON or CSV for programs. */
enum OutputFormat {
    table, json, csv
}
