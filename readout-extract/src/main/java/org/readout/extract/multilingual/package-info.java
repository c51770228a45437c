/**
 * Events from readouts in languages other than English: a language pack (data, one file per
 * language under {@code readout/knowledge/lang/}) names the words that report an interaction, titles,
 * places and dates; officials are found by their spellings in any script ({@code official-names.tsv}
 * and {@code officials.tsv}) by dictionary longest match, which needs no word segmentation for
 * Chinese, Japanese or Korean.
 */
package org.readout.extract.multilingual;
