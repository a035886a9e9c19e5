package io.khabar.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.khabar.model.EnrichedArticle;
import io.khabar.model.EntityType;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's headless Chromium against the served page over fixture bulk files: collapsed background,
 * entity highlights, facet filtering, hostile text shown as text, text direction, live updates; saves
 * {@code docs/view.png}. Skipped when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing
 * (install the {@code chromium chromium-driver fonts-noto-core} packages).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String LIVE = "view-live-arrival";
    // Selenium logs through java.util.logging; keep a reference so the level sticks.
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private Path work;
    private Path bulkDir;
    private ViewServer server;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipping the browser test: needs /usr/bin/chromium and /usr/bin/chromedriver "
                        + "(apt-get install -y chromium chromium-driver fonts-noto-core)");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        work = Files.createTempDirectory("khabar-view-it");
        bulkDir = work.resolve("out");
        // Arrival order chosen so the top of the page (the screenshot) shows collapsed background and both scripts.
        List<EnrichedArticle> all = Fixtures.articles();
        List<EnrichedArticle> arrival = List.of(all.get(3), all.get(0), all.get(2), all.get(4), all.get(1),
                all.get(5));
        Fixtures.writeBulkFile(bulkDir, "part-0001.ndjson", arrival);

        server = ViewServer.start(ViewConfig.directory(bulkDir)
                .with(ViewConfig.PORT_CONFIG, 0)
                .with(ViewConfig.RESCAN_MS_CONFIG, 200L));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=ar",
                "--user-data-dir=" + Files.createDirectory(work.resolve("chromium-profile")));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);

        driver.get(server.url().toString());
        // --window-size counts the browser frame; size the window so the page itself is 1280x900.
        Object frame = ((JavascriptExecutor) driver).executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        List<?> extra = (List<?>) frame;
        driver.manage().window().setSize(new Dimension(1280 + ((Number) extra.get(0)).intValue(),
                900 + ((Number) extra.get(1)).intValue()));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready"))
                && d.findElements(By.cssSelector("article.card")).size() == 6);
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private WebElement card(String id) {
        return driver.findElement(By.id("a-" + id));
    }

    private List<String> visibleCardIds() {
        List<String> ids = new ArrayList<>();
        for (WebElement card : driver.findElements(By.cssSelector("article.card"))) {
            if (card.isDisplayed()) {
                ids.add(card.getAttribute("data-id"));
            }
        }
        return ids;
    }

    @Test
    @Order(1)
    void shouldCollapseBackgroundParagraphsWithLinkAndSimilarity() {
        WebElement followup = card(Fixtures.NILE_FOLLOWUP);
        List<WebElement> background = followup.findElements(By.cssSelector("details.background"));

        assertThat(background).hasSize(1);
        WebElement details = background.get(0);
        assertThat(details.getAttribute("open")).isNull();
        WebElement hiddenText = details.findElement(By.cssSelector("p.para"));
        assertThat(hiddenText.isDisplayed()).isFalse();
        assertThat(hiddenText.getAttribute("textContent")).isEqualTo(Fixtures.DAM_BACKGROUND_VARIANT);
        WebElement summary = details.findElement(By.tagName("summary"));
        assertThat(summary.getText()).contains("خلفية مكررة — تكرار لـ", "0.93");
        WebElement link = summary.findElement(By.cssSelector("a.repeat-link"));
        assertThat(link.getText()).isEqualTo(Fixtures.articles().get(0).title());
        // Novel paragraphs are shown in full.
        List<WebElement> novel = followup.findElements(By.cssSelector(".body > p.para"));
        assertThat(novel).hasSize(2).allSatisfy(p -> assertThat(p.isDisplayed()).isTrue());
        assertThat(card(Fixtures.NILE_TALKS).findElements(By.cssSelector("details.background"))).isEmpty();

        link.click();
        WebElement target = driver.findElement(By.id("a-" + Fixtures.NILE_TALKS + "-p2"));
        wait.until(ExpectedConditions.attributeContains(target, "class", "flash"));
        assertThat(details.getAttribute("open")).as("clicking the link does not expand the background").isNull();
    }

    @Test
    @Order(2)
    void shouldHighlightEntitiesByType() {
        WebElement talks = card(Fixtures.NILE_TALKS);

        assertThat(talks.findElements(By.cssSelector("mark.ent.ent-person"))).extracting(WebElement::getText)
                .containsExactly("كريم منصور");
        assertThat(talks.findElements(By.cssSelector("mark.ent.ent-location"))).extracting(WebElement::getText)
                .containsExactly("الخرطوم", "إثيوبيا", "مصر", "السودان");
        assertThat(talks.findElements(By.cssSelector("mark.ent.ent-organization"))).extracting(WebElement::getText)
                .containsExactly("وزارة الخارجية المصرية", "الاتحاد الأفريقي");
        assertThat(talks.findElements(By.cssSelector("mark.date"))).extracting(WebElement::getText)
                .containsExactly("عام 2011");
        WebElement person = talks.findElement(By.cssSelector("mark.ent-person"));
        assertThat(person.getCssValue("background-color")).isNotEqualTo(
                talks.findElement(By.cssSelector("mark.ent-location")).getCssValue("background-color"));
        assertThat(driver.findElements(By.cssSelector("#legend .ent"))).hasSize(EntityType.values().length);
        // The paragraph still reads as its source text around the highlights.
        assertThat(talks.findElement(By.id("a-" + Fixtures.NILE_TALKS + "-p1")).getText())
                .isEqualTo(Fixtures.articles().get(0).paragraphs().get(1).text());
    }

    @Test
    @Order(3)
    void shouldFilterByFacetAndClearOnSecondClick() {
        assertThat(visibleCardIds()).hasSize(6);
        WebElement ethiopia = driver.findElement(
                By.cssSelector(".facet[data-type='LOCATION'][data-canonical='إثيوبيا']"));
        assertThat(ethiopia.findElement(By.className("facet-count")).getText()).isEqualTo("2");

        ethiopia.click();
        assertThat(visibleCardIds()).containsExactly(Fixtures.NILE_FOLLOWUP, Fixtures.NILE_TALKS);
        assertThat(driver.findElement(By.id("count")).getAttribute("data-shown")).isEqualTo("2");
        assertThat(ethiopia.getAttribute("aria-pressed")).isEqualTo("true");

        driver.findElement(By.cssSelector(".facet[data-type='LOCATION'][data-canonical='إثيوبيا']")).click();
        assertThat(visibleCardIds()).hasSize(6);
        assertThat(driver.findElement(By.id("filter")).isDisplayed()).isFalse();
    }

    @Test
    @Order(4)
    void shouldShowHostileMarkupAsTextAndNeverRunIt() {
        WebElement hostile = card(Fixtures.HOSTILE);

        assertThat(hostile.findElement(By.cssSelector("h2.title")).getText()).contains(Fixtures.SCRIPT_TEXT);
        List<WebElement> paragraphs = hostile.findElements(By.cssSelector("p.para"));
        assertThat(paragraphs.get(0).getText()).contains(Fixtures.SCRIPT_TEXT);
        assertThat(paragraphs.get(1).getText()).contains(Fixtures.IMG_TEXT);
        assertThat(driver.findElements(By.cssSelector("#articles script, #articles img"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    }

    @Test
    @Order(5)
    void shouldLayOutArabicRightToLeftAndEnglishLeftToRight() {
        assertThat(card(Fixtures.NILE_TALKS).getAttribute("dir")).isEqualTo("rtl");
        assertThat(card(Fixtures.NILE_TALKS).getCssValue("direction")).isEqualTo("rtl");
        assertThat(card(Fixtures.WIRE_EN).getAttribute("dir")).isEqualTo("ltr");
        assertThat(card(Fixtures.WIRE_EN).findElement(By.cssSelector("p.para")).getCssValue("direction"))
                .isEqualTo("ltr");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    @Order(6)
    void shouldShowArticlesArrivingLaterOnTopAndSaveScreenshot() throws IOException {
        EnrichedArticle live = Fixtures.article(LIVE, "وكالة الأنباء العربية", "الخرطوم", "2024-03-19", "ar",
                "وزراء المياه في مصر والسودان وإثيوبيا يتفقون على جولة جديدة الشهر المقبل",
                List.of(Fixtures.novel(0, "اتفق وزراء المياه في مصر والسودان وإثيوبيا، في ختام اجتماعهم في "
                                + "الخرطوم، على عقد جولة جديدة من المفاوضات الشهر المقبل في أديس أبابا."),
                        Fixtures.novel(1, "وقال المتحدث كريم منصور إن الأجواء كانت إيجابية.")),
                List.of(Fixtures.ent(EntityType.LOCATION, "مصر", "مصر", 0),
                        Fixtures.ent(EntityType.LOCATION, "السودان", "السودان", 0),
                        Fixtures.ent(EntityType.LOCATION, "إثيوبيا", "إثيوبيا", 0),
                        Fixtures.ent(EntityType.LOCATION, "الخرطوم", "الخرطوم", 0),
                        Fixtures.ent(EntityType.LOCATION, "أديس أبابا", "أديس أبابا", 0),
                        Fixtures.ent(EntityType.PERSON, "كريم منصور", "كريم منصور", 1)),
                List.of());
        Fixtures.writeBulkFile(bulkDir, "part-0002.ndjson", List.of(live));

        wait.until(d -> d.findElements(By.cssSelector("article.card")).size() == 7);
        assertThat(driver.findElements(By.cssSelector("article.card")).get(0).getAttribute("data-id"))
                .isEqualTo(LIVE);
        wait.until(d -> d.findElement(By.cssSelector(".facet[data-type='PERSON'][data-canonical='كريم منصور'] "
                + ".facet-count")).getText().equals("2"));

        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        assertThat(png).isNotEmpty();
        Path docs = repoRoot().resolve("docs");
        Files.createDirectories(docs);
        Path tmp = Files.write(docs.resolve("view.png.tmp"), png);
        Files.move(tmp, docs.resolve("view.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The repository root: {@code khabar.root}, or its parent when Maven ran inside this module; else target/. */
    private static Path repoRoot() {
        String root = System.getProperty("khabar.root");
        if (root == null) {
            return Path.of("target");
        }
        Path path = Path.of(root).toAbsolutePath();
        if (!Files.exists(path.resolve("khabar")) && path.getParent() != null
                && Files.exists(path.getParent().resolve("khabar"))) {
            return path.getParent();
        }
        return path;
    }
}
