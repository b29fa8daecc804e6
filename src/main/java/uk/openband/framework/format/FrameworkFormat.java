package uk.openband.framework.format;

import uk.openband.platform.json.FormatException;
import uk.openband.platform.json.TreeParser;

import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;

/**
 * Reads, validates and writes the interchange format for matrix frameworks and banding
 * tables (see the format document). Reading accepts JSON or YAML of the same structure
 * and reports every broken rule at once; writing gives canonical JSON, byte-for-byte
 * stable for the same model. Stateless and thread-safe.
 */
public final class FrameworkFormat {

    /**
     * Reads and validates a matrix framework.
     *
     * @throws FormatException listing every problem, each with its path
     */
    public MatrixFramework readFramework(String text) {
        return FrameworkReader.read(TreeParser.parse(text));
    }

    /**
     * Reads and validates a banding table.
     *
     * @throws FormatException listing every problem, each with its path
     */
    public BandingTable readBandingTable(String text) {
        return BandingReader.read(TreeParser.parse(text));
    }

    /** The canonical JSON of a matrix framework. */
    public String writeFramework(MatrixFramework framework) {
        return CanonicalWriter.framework(framework);
    }

    /** The canonical JSON of a banding table. */
    public String writeBandingTable(BandingTable table) {
        return CanonicalWriter.bandingTable(table);
    }
}
