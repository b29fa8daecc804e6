/**
 * Finance export files: streaming CSV and XLSX writers for payment lines, with a control
 * total, a row count and a SHA-256 checksum. Plain Java, no Spring, no JPA.
 */
@org.springframework.modulith.NamedInterface("export")
package uk.openband.finance.export;
