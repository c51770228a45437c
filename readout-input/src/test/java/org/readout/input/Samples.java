package org.readout.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Inputs shaped as analysts get them, made here with our own short sentences. */
final class Samples {
    static final String SENTENCE = "The foreign ministers of Freedonia and Sylvania met in Marsport and agreed to expand trade.";

    private Samples() {
    }

    static byte[] rss() {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>Freedonia Foreign Ministry</title>
                  <link>https://mfa.example/</link>
                  <image><title>Logo</title><url>https://mfa.example/logo.png</url></image>
                  <item>
                    <title>Ministers meet in Marsport</title>
                    <link>https://mfa.example/news/1</link>
                    <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
                    <description>Short teaser.</description>
                    <content:encoded><![CDATA[<p>%s</p><p>They will meet again in June.</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Call with Sylvania</title>
                    <link>https://mfa.example/news/2</link>
                    <dc:date>2024-03-07T08:00:00Z</dc:date>
                    <description>&lt;p&gt;The two ministers spoke by telephone about the harbour project.&lt;/p&gt;</description>
                  </item>
                  <item><title>Nothing here</title><link>https://mfa.example/news/3</link></item>
                </channel>
                </rss>
                """.formatted(SENTENCE));
    }

    static byte[] atom() {
        return utf8("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Sylvania News Agency</title>
                  <link href="https://news.example/"/>
                  <entry>
                    <title>Trade talks</title>
                    <link rel="alternate" href="https://news.example/a/7"/>
                    <link rel="enclosure" href="https://news.example/a/7.jpg"/>
                    <published>2024-04-01T10:00:00+08:00</published>
                    <updated>2024-04-02T10:00:00+08:00</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>%s</p><p>A second paragraph follows.</p></div></content>
                  </entry>
                </feed>
                """.formatted(SENTENCE));
    }

    static byte[] warcGz() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
            writer.write(response("https://mfa.example/news/1", 200, "text/html; charset=utf-8",
                    "<html><head><title>Meeting</title></head><body><article><h1>Ministers meet</h1><p>" + SENTENCE
                            + "</p></article></body></html>", Instant.parse("2024-03-06T12:00:00Z")));
            writer.write(response("https://mfa.example/news/dated", 200, "text/html",
                    "<html><head><meta property=\"article:published_time\" content=\"2024-02-01\"></head><body><p>" + SENTENCE
                            + "</p></body></html>", Instant.parse("2024-03-06T12:00:00Z")));
            writer.write(response("https://mfa.example/moved", 301, "text/html", "<p>Moved.</p>", Instant.parse("2024-03-06T12:00:00Z")));
            writer.write(response("https://mfa.example/logo.png", 200, "image/png", "PNG", Instant.parse("2024-03-06T12:00:00Z")));
            writer.write(new WarcResource.Builder(URI.create("https://mfa.example/statement.txt"))
                    .date(Instant.parse("2024-03-08T09:00:00Z"))
                    .body(MediaType.PLAIN_TEXT, utf8(SENTENCE)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static WarcResponse response(String url, int status, String type, String body, Instant date) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(type), utf8(body)).build();
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
    }

    static byte[] jsonl() {
        return utf8("""
                {"url":"https://agency.example/1","title":"Ministers meet","date":"2024-03-05","source":"Agency","text":"%s","lang":"en","tags":["trade"]}
                {"url":"https://agency.example/2", "title": "broken
                {"link":"https://agency.example/3","headline":"No text here"}

                {"link":"https://agency.example/4","content":"<p>%s</p>","published":"Wed, 06 Mar 2024 10:00:00 GMT","outlet":"Other"}
                """.formatted(SENTENCE, SENTENCE));
    }

    static byte[] csv() {
        return utf8("""
                id,title,url,date,source,text,section
                a1,Ministers meet,https://paper.example/a1,2024-03-05,The Paper,"%s
                Second line of the same text, with a comma.",world
                a2,Empty,https://paper.example/a2,2024-03-06,The Paper,,world
                a3,Another,https://paper.example/a3,05 Mar 2024,The Paper,"%s",politics
                """.formatted(SENTENCE, SENTENCE));
    }

    static byte[] pdf(boolean withText) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            if (withText) {
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(50, 700);
                    content.showText(SENTENCE);
                    content.endText();
                }
                pdf.getDocumentInformation().setTitle("Joint statement");
                java.util.Calendar created = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
                created.clear();
                created.set(2024, java.util.Calendar.MARCH, 9);
                pdf.getDocumentInformation().setCreationDate(created);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Entry(String name, byte[] bytes) {
    }

    static byte[] zip(Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] tarGz(Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            for (Entry e : entries) {
                TarArchiveEntry entry = new TarArchiveEntry(e.name());
                entry.setSize(e.bytes().length);
                tar.putArchiveEntry(entry);
                tar.write(e.bytes());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything a reader hands its sink for these bytes, read as a stream named {@code id}. */
    static List<InputDocument> read(InputReader reader, String id, byte[] bytes) {
        List<InputDocument> documents = new ArrayList<>();
        reader.read(id, id, new java.io.ByteArrayInputStream(bytes), documents::add);
        return documents;
    }
}
