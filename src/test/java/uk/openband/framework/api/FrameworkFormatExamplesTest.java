package uk.openband.framework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.testsupport.WebTest;

/**
 * The example files of docs/framework-format.md import, publish and score through the API with
 * the band and amount the document shows for each sample answer, and export byte-stable.
 */
@WebTest
class FrameworkFormatExamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DOCS = Path.of("docs");

    @Autowired
    MockMvc mvc;

    /** One row of a sample table in the document. */
    record Sample(String answers, String category, String total, String band, String amount) {
    }

    /** An example pair and its samples, as the document lists them. */
    record Example(String framework, String tariff, List<Sample> samples) {
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve("framework-format.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Example current = null;
        for (String line : lines) {
            if (line.startsWith("<!-- samples: ")) {
                String[] names = line.substring("<!-- samples: ".length(), line.length() - " -->".length()).split(" ");
                current = new Example(names[0], names[1], new ArrayList<>());
                examples.add(current);
            } else if (current != null && line.startsWith("| ") && !line.startsWith("| Answers")
                    && !line.startsWith("| ---")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
                current.samples().add(new Sample(cells[0], cells[1], cells[2], cells[3], cells[4]));
            } else if (current != null && line.isBlank() && !current.samples().isEmpty()) {
                current = null;
            }
        }
        return examples;
    }

    private static String example(String name) throws IOException {
        return Files.readString(DOCS.resolve("examples").resolve(name + ".json"), StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentListsThreeExamplesWithAtLeastFiveSamplesEach() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).extracting(Example::framework)
                .containsExactly("derby-style-matrix", "dudley-style-matrix", "hours-matrix");
        assertThat(examples).allSatisfy(e -> assertThat(e.samples()).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void everyExampleImportsPublishesExportsAndScoresAsTheDocumentSays() throws Exception {
        for (Example example : examples()) {
            String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
            String frameworkKey = example.framework() + suffix;
            String tariffKey = example.tariff() + suffix;
            // Published from 2001 so the demo framework (from 2025) stays in force for other tests.
            String framework = example(example.framework()).replace("\"" + example.framework() + "\"",
                    "\"" + frameworkKey + "\"").replace("\"effectiveFrom\": \"2025-04-01\"",
                    "\"effectiveFrom\": \"2001-04-01\"");
            String tariff = example(example.tariff()).replace("\"" + example.framework() + "\"",
                    "\"" + frameworkKey + "\"").replace("\"" + example.tariff() + "\"", "\"" + tariffKey + "\"")
                    .replace("\"effectiveFrom\": \"2025-04-01\"", "\"effectiveFrom\": \"2001-04-01\"");
            publish("frameworks", framework);
            publish("banding-tables", tariff);
            checkExport("frameworks", frameworkKey, framework);
            checkExport("banding-tables", tariffKey, tariff);
            checkPublicPages(example, frameworkKey, tariffKey);

            for (Sample sample : example.samples()) {
                JsonNode result = score(frameworkKey, tariffKey, sample);
                String what = example.framework() + " " + sample;
                assertThat(result.get("total").decimalValue()).as(what)
                        .isEqualByComparingTo(new java.math.BigDecimal(sample.total()));
                if (sample.band().startsWith("Exceptional")) {
                    assertThat(result.get("exceptional").asBoolean()).as(what).isTrue();
                    assertThat(result.get("band").isNull()).as(what).isTrue();
                    assertThat(result.get("annualAmount").isNull()).as(what).isTrue();
                    assertThat(sample.amount()).isEqualTo("costed by the panel");
                    String level = sample.band().substring("Exceptional (".length(), sample.band().length() - 1);
                    assertThat(result.get("exceptionalLevel").asString()).as(what)
                            .startsWith(level.substring(0, level.indexOf(" at level ")))
                            .endsWith(level.substring(level.indexOf(" at level ")));
                } else {
                    String band = sample.band().contains(" (") ? sample.band().substring(0, sample.band().indexOf(" ("))
                            : sample.band();
                    assertThat(result.get("band").asString()).as(what).isEqualTo(band);
                    assertThat(result.get("annualAmount").asString()).as(what).isEqualTo(sample.amount());
                    assertThat(result.get("topUp").asBoolean()).as(what).isEqualTo(!sample.band().contains("no top-up"));
                    boolean lifted = sample.band().contains("lifted by");
                    assertThat(result.get("trace").toString().contains("Floor: ")).as(what).isEqualTo(lifted);
                }
            }
        }
    }

    @Test
    void aTariffWhoseFloorNamesAnAreaTheFrameworkLacksIsNotPublished() throws Exception {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        String framework = example("derby-style-matrix").replace("\"derby-style-matrix\"",
                "\"derby-style-matrix" + suffix + "\"").replace("\"effectiveFrom\": \"2025-04-01\"",
                "\"effectiveFrom\": \"2001-04-01\"");
        String tariff = example("derby-style-tariff").replace("\"derby-style-matrix\"",
                "\"derby-style-matrix" + suffix + "\"").replace("\"derby-style-tariff\"",
                "\"derby-style-tariff" + suffix + "\"").replace("\"effectiveFrom\": \"2025-04-01\"",
                "\"effectiveFrom\": \"2001-04-01\"").replace("\"area\": \"CL\"", "\"area\": \"XX\"");
        publish("frameworks", framework);
        String answer = mvc.perform(post("/api/v1/banding-tables").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(tariff))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(answer).get("id").asLong();
        mvc.perform(post("/api/v1/banding-tables/" + id + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.errors[0].field").value("settings[0].floors[0].area"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.errors[0].message").value("framework \"derby-style-matrix" + suffix
                                + "\" 2025-26 has no fundable area \"XX\""));
    }

    private void publish(String kind, String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/" + kind).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(answer).get("id").asLong();
        mvc.perform(post("/api/v1/" + kind + "/" + id + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
    }

    /** The export is the canonical form of the file, the same bytes every time. */
    private void checkExport(String kind, String key, String file) throws Exception {
        FrameworkFormat format = new FrameworkFormat();
        String first = mvc.perform(get("/api/v1/" + kind + "/" + key + "/2025-26")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String second = mvc.perform(get("/api/v1/" + kind + "/" + key + "/2025-26")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).isEqualTo(first);
        if (kind.equals("frameworks")) {
            assertThat(first).isEqualTo(format.writeFramework(format.readFramework(file)));
        } else {
            assertThat(first).isEqualTo(format.writeBandingTable(format.readBandingTable(file)));
        }
    }

    /** The public matrix and tariff pages explain levels, exceptional levels, floors and hours in words. */
    private void checkPublicPages(Example example, String frameworkKey, String tariffKey) throws Exception {
        String matrix = page("/matrix?key=" + frameworkKey + "&version=2025-26");
        String tariffs = page("/tariffs?key=" + tariffKey + "&version=2025-26");
        switch (example.framework()) {
            case "derby-style-matrix" -> {
                assertThat(matrix).contains("Levels 1 to 10; level 1 means no additional need.");
                assertThat(tariffs).contains("Area CL scoring 8 or more: at least band Range 4")
                        .contains("Any one area scoring 7 or more: at least band Range 3");
            }
            case "dudley-style-matrix" -> assertThat(matrix).contains("Levels 0 to 8; level 0 means no additional need.")
                    .contains("A child at this level is an exceptional case whatever the total");
            default -> assertThat(tariffs).contains("(5 hours a week at £15.45 an hour for 39 weeks)")
                    .contains("£11,008.72").contains("(17.5 hours a week at £16.13 an hour for 39 weeks)");
        }
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode score(String frameworkKey, String tariffKey, Sample sample) throws Exception {
        StringBuilder levels = new StringBuilder("{");
        if (!sample.answers().equals("none")) {
            for (String pair : sample.answers().split(", ")) {
                String[] kv = pair.split("=");
                levels.append(levels.length() > 1 ? ", " : "").append('"').append(kv[0]).append("\": ").append(kv[1]);
            }
        }
        levels.append('}');
        String body = """
                { "framework": { "key": "%s", "version": "2025-26" }, "banding": { "key": "%s", "version": "2025-26" },
                  "settingCategory": "%s", "levels": %s }
                """.formatted(frameworkKey, tariffKey, sample.category(), levels);
        String answer = mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(answer);
    }
}
