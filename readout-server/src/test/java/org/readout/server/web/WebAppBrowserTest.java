package org.readout.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium against a real server holding the five founding documents:
 * what a user sees on each page, and that a readout's text never runs as code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppBrowserTest {
    /** Records Content-Security-Policy violations, so that a style or script the CSP blocks fails a test. */
    private static final String CSP_WATCH = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    private SampleServer server;
    private ChromeDriver browser;
    private final Screenshots screenshots = Screenshots.fromSystemProperty();

    @BeforeAll
    void start(@TempDir(cleanup = CleanupMode.ALWAYS) Path dir) {
        Chromium.assumeInstalled();
        server = SampleServer.start(dir);
        browser = Chromium.start(dir.resolve("chromium-profile"));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_WATCH));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void laptop() {
        Chromium.emulate(browser, 0, 0);
    }

    @AfterEach
    void noCspViolations() {
        assertThat((List<?>) browser.executeScript("return window.__csp || []")).as("CSP violations").isEmpty();
    }

    @Test
    void homeListsThePairWhoseTimelineLeadsToAMeetingsAccountsSideBySide() {
        open("#/");
        WebElement pair = waitFor("a.pair-card[data-pair='CHN-VNM']");
        assertThat(pair.getText()).contains("China").contains("Vietnam").contains("6 meetings");
        assertThat(browser.getTitle()).isEqualTo("Home · Readout");
        shot("home");

        pair.click();
        waitFor(".timeline a.tl-marker");
        assertThat(browser.findElements(By.cssSelector(".timeline a.tl-marker"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector(".meeting-list .meeting-row"))).hasSize(6);
        waitFor(".trend canvas");
        assertThat(browser.findElements(By.cssSelector(".commitments .commitment"))).isNotEmpty();
        WebElement partnership = browser.findElements(By.cssSelector("table.names tr.name-row")).stream()
                .filter(r -> r.getText().startsWith("comprehensive strategic cooperative partnership")).findFirst().orElseThrow();
        assertThat(partnership.getText()).as("first and last day, and the accounts").contains("13 Jul 2023").contains("Nhan Dan (VNM)");
        assertThat(partnership.findElements(By.cssSelector("a"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("#/document/"));
        assertThat(browser.getTitle()).startsWith("China – Vietnam");
        shot("pair");

        WebElement hanoi = browser.findElements(By.cssSelector(".timeline a.tl-marker")).stream()
                .filter(m -> m.getAttribute("aria-label").contains("Dec 2024")).findFirst().orElseThrow();
        String meetingId = hanoi.getAttribute("data-meeting");
        hanoi.click();
        waitFor(".accounts .account .statement");
        assertThat(browser.getCurrentUrl()).endsWith("#/meeting/" + meetingId);
        List<WebElement> accounts = browser.findElements(By.cssSelector(".accounts .account"));
        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(0).getLocation().getY()).as("side by side").isEqualTo(accounts.get(1).getLocation().getY());
        assertThat(text(".accounts")).contains("Xinhua").contains("Vietnam News Agency");
        assertThat(browser.findElements(By.cssSelector(".statement.one-sided .badge.flag"))).isNotEmpty();
        assertThat(text(".differences")).contains("South China Sea").contains("East Sea");
        assertThat(text(".conflicts")).contains("date");
        List<WebElement> people = browser.findElements(By.cssSelector(".participants .participant-name"));
        assertThat(people).as("every participant linked from the meeting JSON, with no lookup").isNotEmpty()
                .allSatisfy(p -> assertThat(p.getAttribute("href")).contains("#/actor/a"));
        shot("meeting");

        WebElement statement = browser.findElement(By.cssSelector(".accounts .statement"));
        String said = statement.findElement(By.cssSelector(".statement-text")).getText();
        statement.findElement(By.cssSelector(".evidence-link")).click();
        WebElement mark = waitFor("dialog.evidence-panel[open] mark.evidence");
        assertThat(squeeze(mark.getText())).isEqualTo(squeeze(said));
        assertThat(browser.getCurrentUrl()).contains("#/meeting/" + meetingId + "/evidence/");
    }

    @Test
    void evidenceDeepInALongReadoutIsHighlightedInView() {
        open("#/pair/CHN/VNM");
        waitFor(".meeting-list .meeting-row");
        browser.findElements(By.cssSelector(".meeting-list .meeting-row")).stream()
                .filter(row -> row.getText().contains("8 Jun 2021")).findFirst().orElseThrow().click();
        waitFor(".accounts .statement");
        List<WebElement> statements = browser.findElements(By.cssSelector(".accounts .statement"));
        WebElement last = statements.get(statements.size() - 1);
        String said = last.findElement(By.cssSelector(".statement-text")).getText();
        last.findElement(By.cssSelector(".evidence-link")).click();
        WebElement mark = waitFor("dialog.evidence-panel[open] mark.evidence");
        assertThat(squeeze(mark.getText())).isEqualTo(squeeze(said));
        assertThat(inView(mark)).as("evidence scrolled into view").isTrue();
        screenshots.saveWindow(browser, "evidence");

        browser.findElement(By.cssSelector("dialog.evidence-panel .close")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.and(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog.evidence-panel"), 0),
                ExpectedConditions.not(ExpectedConditions.urlContains("/evidence/"))));
    }

    @Test
    void aTimelineWithinOneYearIsMarkedInMonthsAndOneOverYearsInYears() {
        open("#/pair/IDN/JPN");
        waitFor(".timeline a.tl-marker");
        List<String> months = tickLabels();
        assertThat(months).first().isEqualTo("Jun 2024");
        assertThat(months).contains("Sep").noneMatch(label -> label.matches("\\d{4}"));

        open("#/pair/CHN/VNM");
        waitFor(".timeline a.tl-marker");
        assertThat(tickLabels()).hasSizeGreaterThanOrEqualTo(2).allMatch(label -> label.matches("20\\d\\d"));
    }

    @Test
    void searchFromTheHomeBoxShowsMarkedSnippetsThatLeadToTheStatementInItsText() {
        open("#/");
        WebElement box = waitFor(".hero input[type=search]");
        box.sendKeys("South China Sea");
        box.submit();
        waitFor(".hits .hit .snippet mark");
        List<String> marked = browser.findElements(By.cssSelector(".hits .snippet mark")).stream()
                .map(m -> m.getText().toLowerCase()).toList();
        assertThat(marked).isNotEmpty().allMatch(w -> w.matches("south|china|sea|south china sea"));
        assertThat(browser.findElement(By.cssSelector(".hits .snippet")).getText()).doesNotContain("[[").doesNotContain("]]");
        screenshots.saveWindow(browser, "search");

        WebElement hit = browser.findElement(By.cssSelector(".hits .hit[data-statement]"));
        assertThat(hit.findElement(By.cssSelector(".hit-head .speaker")).getText()).isNotBlank();
        assertThat(hit.findElement(By.cssSelector(".hit-head .kind")).getText()).isNotBlank();
        assertThat(hit.findElement(By.cssSelector("a.hit-title")).getText()).doesNotEndWith(".txt");
        // the hits come with their context: no record is fetched per hit
        Object fetched = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/api/records/')).length");
        assertThat(fetched).isEqualTo(0L);
        String documentLink = hit.findElement(By.cssSelector("a.hit-doc")).getDomProperty("href");

        hit.findElement(By.cssSelector("a.hit-title")).click();
        WebElement evidence = waitFor("dialog.evidence-panel[open] mark.evidence");
        assertThat(evidence.getText()).containsIgnoringCase("South China Sea");
        assertThat(browser.getCurrentUrl()).contains("#/meeting/").contains("/evidence/");

        browser.get(documentLink);
        WebElement mark = waitFor(".document .doc-text mark.evidence");
        assertThat(mark.getText()).containsIgnoringCase("South China Sea");
        assertThat(inView(mark)).isTrue();
        assertThat(browser.findElements(By.cssSelector(".document .statement.current"))).hasSize(1);
    }

    @Test
    void actorPageShowsOfficesMeetingsAndStatements() {
        open("#/");
        waitFor("a.actor-card");
        WebElement wangYi = browser.findElements(By.cssSelector("a.actor-card")).stream()
                .filter(a -> a.getText().contains("Wang Yi")).findFirst().orElseThrow();
        assertThat(wangYi.getText()).as("six meetings, one reported twice").contains("6 meetings");
        wangYi.click();
        waitFor(".offices .office");
        assertThat(text("h1")).contains("Wang Yi");
        assertThat(text(".page-head")).contains("6 meetings");
        assertThat(text(".offices")).contains("Foreign Minister");
        assertThat(browser.findElements(By.cssSelector(".meeting-list .meeting-row"))).isNotEmpty();
        waitFor(".actor .statements .statement");
        shot("actor");
    }

    @Test
    void anAccountWithoutOutletIsNamedByItsTitleAndLinksToItsOriginal() {
        open("#/pair/IDN/JPN");
        waitFor(".meeting-list .meeting-row");
        browser.findElements(By.cssSelector(".meeting-list .meeting-row")).stream()
                .filter(row -> row.getText().contains("3 Jun 2024")).findFirst().orElseThrow().click();
        waitFor(".accounts .account .statement");
        assertThat(browser.findElements(By.cssSelector(".accounts .account"))).hasSize(2);
        String differences = text(".differences");
        assertThat(differences).contains(SampleServer.UNNAMED_ACCOUNT.title()).doesNotContainPattern("[0-9a-f]{16}");
        WebElement original = browser.findElement(By.cssSelector(".accounts .account-head a.source-link"));
        assertThat(original.getAttribute("href")).isEqualTo(SampleServer.UNNAMED_ACCOUNT.url());
        assertThat(original.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(browser.findElements(By.cssSelector(".accounts .statement a.source-link"))).as("each statement's source")
                .isNotEmpty().allSatisfy(a -> assertThat(a.getAttribute("href")).isEqualTo(SampleServer.UNNAMED_ACCOUNT.url()));

        browser.findElements(By.cssSelector(".accounts .account")).stream()
                .filter(a -> !a.findElements(By.cssSelector(".account-head a.source-link")).isEmpty()).findFirst().orElseThrow()
                .findElement(By.cssSelector("a.account-title")).click();
        assertThat(waitFor(".document .page-head a.source-link").getAttribute("href")).isEqualTo(SampleServer.UNNAMED_ACCOUNT.url());
    }

    @Test
    void theActorPagePagesItsStatementsAndOffersThemAsCsvAndJson() {
        open("#/");
        waitFor("a.actor-card");
        browser.findElements(By.cssSelector("a.actor-card")).stream().filter(a -> a.getText().contains("Wang Yi")).findFirst()
                .orElseThrow().click();
        waitFor(".actor .statements .statement");
        assertThat(browser.findElements(By.cssSelector(".actor .statements .statement"))).hasSize(20);
        assertThat(text(".actor h3.sub")).matches("All statements \\(1–20 of \\d+\\)");
        String first = text(".actor .statements .statement .statement-text");
        browser.findElement(By.cssSelector(".actor .pager-next")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> text(".actor h3.sub").contains("(21–"));
        assertThat(text(".actor .statements .statement .statement-text")).isNotEqualTo(first);

        WebElement csv = browser.findElements(By.cssSelector(".actor .downloads a.download")).stream()
                .filter(a -> a.getText().equals("CSV")).reduce((a, b) -> b).orElseThrow();
        assertThat(csv.getAttribute("href")).contains("/api/statements?").contains("offset=20").contains("format=csv");
        @SuppressWarnings("unchecked")
        Map<String, Object> got = (Map<String, Object>) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(async r => done({type: r.headers.get('Content-Type'), total: r.headers.get('X-Total-Count'),"
                + " body: await r.text()}));", csv.getAttribute("href"));
        assertThat((String) got.get("type")).startsWith("text/csv");
        assertThat((String) got.get("body")).startsWith("documentId,doc,statementIndex,date,");
        assertThat(text(".actor h3.sub")).contains("of " + got.get("total") + ")");
    }

    @Test
    void theTimelinesAxisLabelsNeverOverlapOnAPhone() {
        Chromium.emulate(browser, 390, 844);
        for (String pair : List.of("#/pair/CHN/VNM", "#/pair/IDN/JPN", "#/pair/BRA/KEN")) {
            open(pair);
            waitFor(".timeline a.tl-marker");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.executeScript(
                    "return [...document.querySelectorAll('.timeline .tick-label')].map(t => t.getBoundingClientRect())"
                            + ".map(r => ({left: r.left, right: r.right}));");
            assertThat(boxes).as(pair).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] a = span(boxes.get(i));
                    double[] b = span(boxes.get(j));
                    assertThat(a[1] <= b[0] || b[1] <= a[0]).as(pair + ": labels " + i + " and " + j + " overlap").isTrue();
                }
            }
        }
    }

    /** Every page at a laptop's and a phone's size has no WCAG 2.1 A or AA violation that axe-core finds. */
    @Test
    void axeFindsNoAccessibilityViolationOnAnyPage() {
        String axe = Axe.script();
        for (int[] size : new int[][] {{0, 0}, {390, 844}}) {
            Chromium.emulate(browser, size[0], size[1]);
            for (Page page : pages()) {
                open(page.route());
                waitFor(page.ready());
                assertThat(Axe.violations(browser, axe)).as(page.route() + " at " + (size[0] == 0 ? "laptop" : "phone") + " size")
                        .isEmpty();
            }
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
        open("#/pair/CHN/VNM");
        waitFor(".timeline a.tl-marker");
        WebElement first = (WebElement) browser.executeScript("return document.querySelector('a[href], button, input, select, textarea');");
        assertThat(first.getAttribute("class")).as("the first element to focus").isEqualTo("skip-link");
        browser.executeScript("arguments[0].focus();", first);
        assertThat(first.getRect().getY()).as("shown when focused").isNotNegative();
        first.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        assertThat(browser.getCurrentUrl()).endsWith("#/pair/CHN/VNM");
    }

    @Test
    void tryItRendersTheRecordAndShowsScriptTagsAsText() {
        open("#/try");
        waitFor("#try-text").sendKeys(INVENTED_READOUT);
        browser.findElement(By.id("try-run")).click();
        waitFor(".try-result .record .statement");
        assertThat(text(".try-result .events")).contains("Ana Torres").contains("Peter Mwangi");
        assertThat(text(".try-result")).contains("<script>alert(1)</script>");
        assertThat(browser.findElements(By.cssSelector("main script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        shot("try-it");

        browser.findElement(By.cssSelector(".try-result .statement .evidence-link")).click();
        assertThat(waitFor("dialog.evidence-panel[open] mark.evidence").getText()).isNotBlank();
    }

    @Test
    void anUnknownMeetingShowsTheApisProblem() {
        open("#/meeting/mnothing");
        assertThat(waitFor(".error").getText()).contains("Not Found");
    }

    @Test
    void nothingScrollsSidewaysOnAPhone() {
        Chromium.emulate(browser, 390, 844);
        for (Page page : pages()) {
            open(page.route());
            waitFor(page.ready());
            assertThat(overflow()).as("sideways overflow of " + page.route()).isLessThanOrEqualTo(0);
            shot("phone-" + page.name());
        }
    }

    /** A page to open, and what shows once it is there. */
    private record Page(String name, String route, String ready) {
    }

    /** Every page of the app, with the sample's meeting of two accounts and its first person. */
    private List<Page> pages() {
        open("#/");
        String actor = waitFor("a.actor-card").getAttribute("href");
        open("#/pair/CHN/VNM");
        waitFor(".meeting-list .meeting-row");
        String meeting = browser.findElements(By.cssSelector(".meeting-list .meeting-row")).stream()
                .filter(row -> row.getText().contains("Dec 2024")).findFirst().orElseThrow().getAttribute("data-meeting");
        String document = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch('/api/documents?limit=1').then(r => r.json()).then(page => done(page.items[0].id));");
        return List.of(new Page("document", "#/document/" + document, ".document .doc-text"), new Page("home", "#/", "a.pair-card"), new Page("pair", "#/pair/CHN/VNM", ".trend canvas"),
                new Page("meeting", "#/meeting/" + meeting, ".accounts .statement"),
                new Page("actor", actor.substring(actor.indexOf('#')), ".actor .statements .statement"),
                new Page("search", "#/search?q=cooperation", ".hits .hit"), new Page("try-it", "#/try", "#try-text"));
    }

    private static double[] span(Map<String, Object> box) {
        return new double[] {((Number) box.get("left")).doubleValue(), ((Number) box.get("right")).doubleValue()};
    }

    private static final String INVENTED_READOUT = """
            Brazil and Kenya foreign ministers meet in Nairobi <script>alert(1)</script>

            NAIROBI, May 14, 2025 -- Brazilian Foreign Minister Ana Torres held talks with Kenyan Foreign Minister Peter Mwangi in Nairobi on Wednesday.

            Ana Torres said Brazil is ready to expand trade with Kenya <script>alert(1)</script> and to open new direct flights.

            Peter Mwangi said Kenya supports closer cooperation with Brazil on agriculture and climate change.
            """;

    /** Loads the app afresh at {@code route} (a new hash alone would not reload the page). */
    private void open(String route) {
        browser.get("about:blank");
        browser.get(server.url(route));
    }

    private WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private List<String> tickLabels() {
        return browser.findElements(By.cssSelector(".timeline .tick-label")).stream().map(WebElement::getText)
                .filter(label -> !label.equals("undated")).toList();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private boolean inView(WebElement element) {
        return (Boolean) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    private long overflow() {
        return (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private void shot(String name) {
        screenshots.save(browser, name);
    }
}
