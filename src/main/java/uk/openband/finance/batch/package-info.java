/**
 * Export batches in plain JDBC (no Spring), so the benchmark runs exactly this code: the set-based
 * snapshot of a batch's rows ({@link uk.openband.finance.batch.BatchSnapshot}) and the files made from it by
 * streaming ({@link uk.openband.finance.batch.BatchFiles}).
 */
package uk.openband.finance.batch;
