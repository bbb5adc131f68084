package io.grantflow.web;

import io.grantflow.documents.DocumentFiles;
import io.grantflow.support.DemoSmeFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.TestClock;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents page in a real browser: the demo SME opens its application under review, follows the link to its
 * documents, uploads a PDF with the multipart form (CSRF token included), sees it listed, downloads it byte for
 * byte with its page session, and sees an EXE refused in the page, in English and in French. Each page is checked
 * with axe-core, at desktop and phone width, and photographed.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class DocumentPagesTest extends BrowserTest {

    @Test
    void anSmeUploadsAProofSeesItListedDownloadsItAndIsToldWhyAnExeIsRefused() throws IOException {
        TestClock.reset();
        SignedGrant grant = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "EVALUATED", "5000.00");
        def.put("fixedAmount", "1000.00");
        long call = createOpenCall(grant, def).then().statusCode(201).extract().jsonPath().getLong("id");
        long app = DemoSmeFixtures.apply(DemoSmeFixtures.organisation(), call, "UNDER_REVIEW");
        String page = "/my/documents?owner=application:" + app;
        Path dir = Files.createTempDirectory("document-pages");
        byte[] pdf = DocumentFiles.largePdf(300_000, 11);
        Path proof = Files.write(dir.resolve("registration-proof.pdf"), pdf);
        Path exe = Files.write(dir.resolve("setup.exe"), DocumentFiles.exe());

        // ---- from the application's page to its documents
        signIn("sme1", "/my/applications/" + app);
        browser().clickAndWait("#documents-link");
        assertThat(browser().path()).isEqualTo(page);
        browser().assertAccessible(page);
        assertThat(browser().find("#count").getText()).isEqualTo("No documents yet.");
        assertThat(browser().find("label[for=file]").getText()).isEqualTo("File to add");
        assertThat(browser().find("#back").getAttribute("href")).endsWith("/my/applications/" + app);

        // ---- a PDF, chosen and sent with the keyboard
        browser().find("#file").sendKeys(proof.toString());
        browser().find("#upload-form button[type=submit]").sendKeys(Keys.ENTER);
        new WebDriverWait(browser().driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("done=uploaded"));
        assertThat(java.net.URLDecoder.decode(browser().path(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(page + "&done=uploaded");
        browser().assertAccessible("uploaded");
        assertThat(browser().find("#done").getText()).isEqualTo("The document was added.");
        assertThat(browser().find("#count").getText()).isEqualTo("1 document");
        WebElement link = browser().find("#documents a.download");
        assertThat(link.getText()).startsWith("registration-proof.pdf");
        assertThat(browser().find("#documents tbody tr").getText()).contains("application/pdf", "293", "KB", "sme1");
        browser().screenshot("documents-uploaded");
        browser().size(390, 844);
        browser().assertAccessible("uploaded, phone width");
        browser().screenshot("documents-uploaded-mobile");
        browser().size(Browser.DESKTOP.width, Browser.DESKTOP.height);

        // ---- the download, with the page's session (the link is under /my, not /api)
        String href = link.getAttribute("href");
        assertThat(href).matches(".*/my/documents/\\d+/content");
        Map<String, String> cookies = new HashMap<>();
        for (Cookie c : browser().driver().manage().getCookies()) {
            cookies.put(c.getName(), c.getValue());
        }
        byte[] back = given().cookies(cookies).get(href).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith(
                        "attachment; filename=\"registration-proof.pdf\"")).extract().asByteArray();
        assertThat(back).isEqualTo(pdf);
        // not without the session
        assertThat(given().redirects().follow(false).get(href).statusCode()).isIn(302, 401);

        // ---- an EXE: refused in the page, with the rule, nothing added
        browser().find("#file").sendKeys(exe.toString());
        browser().clickAndWait("#upload-form button[type=submit]");
        browser().assertAccessible("refused");
        assertThat(browser().find("#problems").getText()).contains("This kind of file is not taken",
                "unsupported_document_type");
        assertThat(browser().find("#file").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().find("#count").getText()).isEqualTo("1 document");
        browser().screenshot("documents-refused");

        // ---- in French, the refusal too
        visit(page + "&lang=fr");
        assertThat(browser().htmlLang()).isEqualTo("fr");
        assertThat(browser().find("label[for=file]").getText()).isEqualTo("Fichier à ajouter");
        browser().find("#file").sendKeys(exe.toString());
        browser().clickAndWait("#upload-form button[type=submit]");
        browser().assertAccessible("refused, French");
        assertThat(browser().find("#problems").getText()).contains("Ce type de fichier n'est pas accepté",
                "unsupported_document_type");
        browser().screenshot("documents-refused-fr");
    }
}
