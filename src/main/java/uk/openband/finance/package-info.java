/**
 * Finance: export batches of payment lines (full or changes, immutable once issued), cost codes,
 * per-setting funding statements and the high needs budget with its projection.
 */
package uk.openband.finance;
