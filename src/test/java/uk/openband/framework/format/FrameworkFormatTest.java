package uk.openband.framework.format;

import uk.openband.platform.json.FieldError;
import uk.openband.platform.json.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.openband.framework.scoring.Fixtures.resource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.common.SettingCategory;

class FrameworkFormatTest {

    private final FrameworkFormat format = new FrameworkFormat();

    @Test
    void theDemoFrameworkReadsAndValidates() {
        MatrixFramework framework = format.readFramework(resource("/demo/framework.json"));

        assertThat(framework.key()).isEqualTo("demo-high-needs-matrix");
        assertThat(framework.version()).isEqualTo("2025-26.1");
        assertThat(framework.effectiveFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(framework.evidenceRequiredFromLevel()).isEqualTo(2);
        assertThat(framework.areas()).filteredOn(Area::fundable).hasSizeGreaterThanOrEqualTo(5);
        assertThat(framework.areas()).filteredOn(a -> !a.fundable()).hasSize(1);
        assertThat(framework.domains()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(framework.areas()).filteredOn(a -> a.cap() != null).isNotEmpty();
        assertThat(framework.areas().stream().map(Area::weight).distinct()).hasSizeGreaterThan(1);
        assertThat(framework.domain("CL1")).isPresent();
        assertThat(framework.domain("CL1").orElseThrow().level(4)).isPresent();
    }

    @Test
    void theDemoTariffsReadAndValidate() {
        BandingTable current = format.readBandingTable(resource("/demo/banding.json"));
        BandingTable next = format.readBandingTable(resource("/demo/banding-2026-27.json"));

        assertThat(current.appliesTo(format.readFramework(resource("/demo/framework.json")))).isTrue();
        assertThat(current.effectiveTo()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(next.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(current.settings()).extracting(s -> s.category()).containsExactly(SettingCategory.MAINSTREAM,
                SettingCategory.RESOURCED_PROVISION, SettingCategory.SPECIAL);
        for (var setting : current.settings()) {
            BandRow first = setting.bands().get(0);
            assertThat(first.band()).isEqualTo("Local offer");
            assertThat(first.topUp()).isFalse();
            assertThat(first.minScore()).isEqualTo(BigDecimal.ZERO);
            assertThat(setting.bands()).hasSizeBetween(6, 8);
        }
        BandRow band3 = current.bandsFor(SettingCategory.MAINSTREAM).orElseThrow().bands().get(3);
        BandRow band3Next = next.bandsFor(SettingCategory.MAINSTREAM).orElseThrow().bands().get(3);
        assertThat(band3Next.annualAmount().divide(band3.annualAmount(), 3, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("1.030"));
    }

    @Test
    void theDemoFilesAreInCanonicalForm() {
        for (String path : new String[] {"/demo/framework.json", "/formats/small-framework.json"}) {
            String text = resource(path);
            assertThat(format.writeFramework(format.readFramework(text))).as(path).isEqualTo(text);
        }
        for (String path : new String[] {"/demo/banding.json", "/demo/banding-2026-27.json",
                "/formats/small-banding.json"}) {
            String text = resource(path);
            assertThat(format.writeBandingTable(format.readBandingTable(text))).as(path).isEqualTo(text);
        }
    }

    @Test
    void writeReadWriteIsByteIdenticalAndReadsBackToAnEqualModel() {
        MatrixFramework framework = format.readFramework(resource("/formats/other-shape-framework.json"));
        String written = format.writeFramework(framework);
        MatrixFramework again = format.readFramework(written);

        assertThat(again).isEqualTo(framework);
        assertThat(format.writeFramework(again)).isEqualTo(written);

        BandingTable table = format.readBandingTable(resource("/formats/other-shape-banding.json"));
        String tableText = format.writeBandingTable(table);
        assertThat(format.readBandingTable(tableText)).isEqualTo(table);
        assertThat(format.writeBandingTable(format.readBandingTable(tableText))).isEqualTo(tableText);
    }

    @Test
    void canonicalOutputUsesTheDocumentedLayout() {
        String text = format.writeBandingTable(format.readBandingTable(resource("/formats/small-banding.json")));

        assertThat(text).startsWith("{\n  \"kind\": \"banding-table\",\n  \"key\": \"small-tariff\",\n");
        assertThat(text).contains("  \"framework\": { \"key\": \"small\", \"versions\": [\"1\"] },\n");
        assertThat(text).contains("{ \"band\": \"A1\", \"minScore\": 10, \"maxScore\": 14, "
                + "\"annualAmount\": \"753.00\", \"termlyAmount\": \"251.00\" },");
        assertThat(text).contains("\"annualAmount\": \"0.00\", \"topUp\": false }");
        assertThat(text).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void decimalsLoseTrailingZerosAndMoneyKeepsTwoPlaces() {
        String json = resource("/formats/small-banding.json")
                .replace("\"maxScore\": 14,", "\"maxScore\": 14.50,")
                .replace("\"minScore\": 15,", "\"minScore\": 15.0,")
                .replace("\"annualAmount\": \"753.00\"", "\"annualAmount\": \"753\"");
        BandingTable table = format.readBandingTable(json);
        String text = format.writeBandingTable(table);

        assertThat(text).contains("\"maxScore\": 14.5,").contains("\"minScore\": 15,")
                .contains("\"annualAmount\": \"753.00\"");
    }

    @Test
    void yamlOfTheSameStructureReadsToTheSameModel() {
        MatrixFramework fromYaml = format.readFramework(resource("/formats/small-framework.yaml"));
        MatrixFramework fromJson = format.readFramework(resource("/formats/small-framework.json"));

        assertThat(fromYaml).isEqualTo(fromJson);
    }

    @Test
    void yamlIsValidatedLikeJson() {
        String yaml = resource("/formats/small-framework.yaml").replace("weight: 4", "weight: -4");

        assertThatThrownBy(() -> format.readFramework(yaml)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("areas[0].weight", "must be > 0")));
    }

    @Test
    void textThatIsNotJsonIsRejectedWithTheLine() {
        assertThatThrownBy(() -> format.readFramework("{\n  \"kind\": \"matrix-framework\",\n  \"key\" \"x\"\n}"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).startsWith("not valid JSON at line 3")));
        assertThatThrownBy(() -> format.readFramework("")).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> format.readFramework("[1, 2]")).isInstanceOf(FormatException.class);
    }

    @Test
    void duplicateKeysAreRejected() {
        String json = resource("/formats/small-framework.json").replace("\"key\": \"small\",",
                "\"key\": \"small\",\n  \"key\": \"again\",");

        assertThatThrownBy(() -> format.readFramework(json)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors().get(0).message()).contains("Duplicate"));
    }

    @Test
    void defaultsApplyWhenOptionalFieldsAreLeftOut() {
        // the SP area is the only one with weight 1, no cap; drop weight, cap and fundable from it
        String json = resource("/formats/small-framework.json")
                .replace("\"weight\": 1,\n      \"cap\": null,\n      \"fundable\": true,\n", "");
        assertThat(json).doesNotContain("\"weight\": 1,");
        MatrixFramework framework = format.readFramework(json);
        Area sp = framework.area("SP").orElseThrow();
        assertThat(sp.weight()).isEqualTo(BigDecimal.ONE);
        assertThat(sp.fundable()).isTrue();

        String table = resource("/formats/small-banding.json").replace("  \"currency\": \"GBP\",\n", "")
                .replace("  \"rounding\": \"HALF_UP\",\n", "");
        assertThat(table).doesNotContain("rounding");
        BandingTable banding = format.readBandingTable(table);
        assertThat(banding.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(banding.currency()).isEqualTo("GBP");
        assertThat(banding.bandsFor(SettingCategory.MAINSTREAM).orElseThrow().bands().get(1).topUp()).isTrue();
    }

    @Test
    void yamlDecimalsAreReadExactlyAndDuplicateKeysRejected() {
        String yaml = resource("/formats/small-framework.yaml").replace("weight: 4", "weight: 0.1");
        assertThat(format.readFramework(yaml).area("CL").orElseThrow().weight()).isEqualTo(new BigDecimal("0.1"));

        String duplicate = resource("/formats/small-framework.yaml").replace("name: Small matrix",
                "name: Small matrix\nname: Again");
        assertThatThrownBy(() -> format.readFramework(duplicate)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors().get(0).message()).startsWith("not valid YAML"));
    }
}
