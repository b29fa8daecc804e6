/** Reading the tables people upload (CSV and XLSX) into a header and rows with the line each came from. */
package uk.openband.platform.tabular;
