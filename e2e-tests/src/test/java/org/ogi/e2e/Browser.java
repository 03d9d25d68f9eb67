package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Collectors;
import org.ogi.stack.OgiService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's browser on the stack's web module: Debian's chromium, headless, driven through chromium-driver (both
 * installed by {@code ./ogi test}); each instance is a fresh profile, so a new sign-in. Screenshots go to
 * {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(Dimension size) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        wait = new WebDriverWait(driver, WAIT);
    }

    static Browser desktop() {
        return new Browser(new Dimension(1280, 1000));
    }

    /** A phone's screen (the portal is laid out for it). */
    static Browser phone() {
        return new Browser(new Dimension(390, 844));
    }

    static String web() {
        return EndToEndStack.config().serviceUrl(OgiService.WEB).toString();
    }

    /** Opens a page of the web module; on the realm's sign-in form, signs in as {@code user} (password = name). */
    Browser signIn(String path, String user) {
        driver.get(web() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        type(By.id("username"), user);
        type(By.id("password"), user);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(web()));
        return this;
    }

    Browser open(String path) {
        driver.get(web() + path);
        return this;
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The element's text on the page as it is now: a page that is being replaced is waited out. */
    String text(By by) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    Browser type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Chooses a file in a file input. */
    Browser upload(By by, Path file) {
        find(by).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Types into the input named by its body path, e.g. {@code applicant.name}. */
    Browser field(String name, String text) {
        WebElement input = find(By.name(name));
        if ("date".equals(input.getAttribute("type"))) {
            // A date input takes keystrokes in the locale's order; its value is always YYYY-MM-DD.
            driver.executeScript("arguments[0].value = arguments[1]", input, text);
            return this;
        }
        return type(By.name(name), text);
    }

    Browser choose(String name, String value) {
        new Select(find(By.name(name))).selectByValue(value);
        return this;
    }

    Browser click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Sends a form with its button and waits until the answer has replaced the page. */
    Browser submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(button);
        wait.until(ignored -> replaced(page));
        return this;
    }

    /**
     * True once the element's document is gone. Chromium reports an element of a document that was just replaced
     * either as stale or, while the new one loads, as a node that "does not belong to the document".
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException replacing) {
            if (String.valueOf(replacing.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replacing;
        }
    }

    /** Opens a step's form on a case or appeal page and confirms it. */
    Browser step(String action) {
        click(By.id("action-" + action));
        return submit(By.id("submit-" + action));
    }

    String title() {
        return driver.getTitle();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    /** Fetches a link of the page with this browser's session cookies, as the browser would download it. */
    HttpResponse<byte[]> download(String href) {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(href))
                                    .header("Cookie", cookies)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void assertPdf(By link) {
        HttpResponse<byte[]> pdf = download(find(link).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    /** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
